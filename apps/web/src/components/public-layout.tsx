import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher.tsx';

/** The frame of pages seen before signing in: product name, optional language switcher, a centred card. */
export function PublicLayout({
  children,
  languageSwitcher = true,
}: {
  children: ReactNode;
  languageSwitcher?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="public-layout">
      <header className="public-header">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </span>
        {languageSwitcher && <LanguageSwitcher />}
      </header>
      <main className="public-main">
        <div className="card public-card">{children}</div>
      </main>
    </div>
  );
}
