import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

/** Sets `document.title` to "Page · Parley" in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page: pageTitle });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

interface PageHeadingProps {
  children: ReactNode;
  /** The text for `document.title`, when the heading itself is not plain text. */
  documentTitle: string;
  intro?: ReactNode;
}

/**
 * The page's one `<h1>`, which also names the browser tab. After an in-app navigation it takes focus, so
 * screen-reader and keyboard users start on the new page instead of on the link they left.
 */
export function PageHeading({ children, documentTitle, intro }: PageHeadingProps) {
  useDocumentTitle(documentTitle);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { key: navigationKey } = useLocation();
  useEffect(() => {
    if (navigationKey !== 'default') headingRef.current?.focus({ preventScroll: false });
  }, [navigationKey]);
  return (
    <header className="page-heading">
      <h1 ref={headingRef} tabIndex={-1}>
        {children}
      </h1>
      {intro && <p className="page-intro">{intro}</p>}
    </header>
  );
}
