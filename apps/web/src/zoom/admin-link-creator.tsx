import type { ZoomAdminLink } from '@parley/api-contract';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/parley-client.ts';
import { ErrorAlert } from '../components/alerts.tsx';
import { Field } from '../components/field.tsx';
import { useDateTimeFormat } from '../format/use-date-time.ts';
import { zoomKeys } from '../queries/zoom-queries.ts';

interface AdminLinkCreatorProps {
  /** A link is pending already; a new one replaces it. */
  replacesPendingLink?: boolean;
}

/**
 * "Create a link for your Zoom admin": asks the server for a signed, single-use link and shows it once in a
 * read-only field with a copy button. The field takes focus, so the link can be copied at once.
 */
export function AdminLinkCreator({ replacesPendingLink = false }: AdminLinkCreatorProps) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  // The organization's connection shows the pending link and who created it.
  const createLink = useMutation({
    mutationFn: () => api.createZoomAdminLink(),
    meta: { invalidates: [zoomKeys.organizationConnection] },
  });
  const creating = createLink.isPending;
  // Kept apart from the mutation's data, so that a failed "create a new link" leaves the last one shown.
  const [link, setLink] = useState<ZoomAdminLink | null>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const linkFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (link) linkFieldRef.current?.select();
  }, [link]);

  function create() {
    setCopied(null);
    createLink.mutate(undefined, { onSuccess: setLink });
  }

  async function copy(url: string) {
    linkFieldRef.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('selected'); // no clipboard access (e.g. plain http): the text is selected for Ctrl+C
    }
  }

  return (
    <div className="admin-link-creator">
      {createLink.error !== null && <ErrorAlert error={createLink.error} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={create} disabled={creating}>
          {creating
            ? t('zoom.adminLink.creating')
            : link || replacesPendingLink
              ? t('zoom.adminLink.createNew')
              : t('zoom.adminLink.create')}
        </button>
      </div>
      {(link || replacesPendingLink) && !creating && (
        <p className="field-hint">{t('zoom.adminLink.replaces')}</p>
      )}
      {link && (
        <div className="admin-link-result">
          <Field
            label={t('zoom.adminLink.linkLabel')}
            hint={t('zoom.adminLink.linkHint', { expiresAt: formatDateTime(link.expiresAt) })}
          >
            {(control) => (
              <div className="input-with-button">
                <input
                  {...control}
                  ref={linkFieldRef}
                  type="text"
                  readOnly
                  value={link.url}
                  onFocus={(event) => event.target.select()}
                />
                <button type="button" className="button button-secondary" onClick={() => copy(link.url)}>
                  {t('zoom.adminLink.copy')}
                </button>
              </div>
            )}
          </Field>
        </div>
      )}
      <div role="status">
        {copied && (
          <p className="field-hint">
            {copied === 'copied' ? t('zoom.adminLink.copied') : t('zoom.adminLink.copyManually')}
          </p>
        )}
      </div>
    </div>
  );
}
