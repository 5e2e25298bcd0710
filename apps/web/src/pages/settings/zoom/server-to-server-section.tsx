import type { OrganizationZoomConnection, ServerToServerCredentials } from '@parley/api-contract';
import { useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/parley-client.ts';
import { SuccessMessage } from '../../../components/alerts.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { bindFields, TextField } from '../../../components/field.tsx';
import { FieldForm } from '../../../components/field-form.tsx';
import { useFieldForm } from '../../../components/use-field-form.ts';
import { organizationZoomQuery, zoomKeys } from '../../../queries/zoom-queries.ts';

const credentialFields = ['accountId', 'clientId', 'clientSecret'] as const;
type CredentialField = (typeof credentialFields)[number];
type CredentialAction = 'test' | 'save' | 'replace';

/** What saving would change, learnt by testing the credentials before an OAuth connection is replaced. */
interface Replacement {
  ownerEmail: string;
  zoomAccountId: string;
}

/** A self-hosting organization's own Server-to-Server OAuth app; the secret is never shown again. */
export function ServerToServerSection({ connection }: { connection: OrganizationZoomConnection }) {
  const { t } = useTranslation('zoom');
  const queryClient = useQueryClient();
  const form = useFieldForm(credentialFields);
  const stored = connection.serverToServer;
  const [credentials, setCredentials] = useState<ServerToServerCredentials>({
    accountId: stored?.accountId ?? '',
    clientId: stored?.clientId ?? '',
    clientSecret: '',
  });
  const [action, setAction] = useState<CredentialAction>('save');
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [replacement, setReplacement] = useState<Replacement | null>(null);
  /** Zoom refused the credentials: said in its own alert, with each of Zoom's reasons. */
  const [rejection, setRejection] = useState<ApiError | null>(null);
  /** Saving would silently swap a working OAuth connection (and its default host) for the app: ask first. */
  const replacesOauth = connection.authType === 'oauth';

  const bind = bindFields(credentials, form.fieldErrors, (changes) =>
    setCredentials((current) => ({ ...current, ...changes })),
  );

  function missingFields(): Partial<Record<CredentialField, string>> {
    const errors: Partial<Record<CredentialField, string>> = {};
    for (const field of credentialFields) {
      if (credentials[field].trim() === '') errors[field] = t('validation.required');
    }
    return errors;
  }

  async function send(chosen: CredentialAction) {
    const trimmed = {
      ...credentials,
      accountId: credentials.accountId.trim(),
      clientId: credentials.clientId.trim(),
    };
    if (chosen === 'test' || (chosen === 'save' && replacesOauth)) {
      const result = await api.testServerToServer(trimmed);
      if (chosen === 'save') {
        setReplacement({ ownerEmail: result.ownerEmail, zoomAccountId: result.zoomAccountId });
        return;
      }
      setConfirmation(
        t('zoom.serverToServer.testOk', { email: result.ownerEmail, accountId: result.zoomAccountId }),
      );
      return;
    }
    const saved = await api.saveServerToServer(trimmed);
    queryClient.setQueryData(organizationZoomQuery.queryKey, saved);
    // The connection, its Zoom user and the default host changed, which every other section shows.
    void queryClient.invalidateQueries({ queryKey: zoomKeys.organization });
    setCredentials({
      accountId: saved.serverToServer?.accountId ?? trimmed.accountId,
      clientId: saved.serverToServer?.clientId ?? trimmed.clientId,
      clientSecret: '',
    });
    setConfirmation(t('zoom.serverToServer.saved'));
  }

  function takeRejection(error: unknown): boolean {
    const rejected = error instanceof ApiError && error.code === 'ZOOM_CREDENTIALS_REJECTED';
    if (rejected) setRejection(error);
    return rejected;
  }

  function submit(event: SyntheticEvent | undefined, chosen: CredentialAction) {
    setAction(chosen);
    setConfirmation(null);
    setRejection(null);
    void form.submit(event, { validate: missingFields, send: () => send(chosen), onError: takeRejection });
  }

  const busy = form.submitting ? action : null;
  const currentAccountId = connection.zoomAccountId;
  return (
    <section className="card section" aria-labelledby="server-to-server-heading">
      <h2 id="server-to-server-heading">{t('zoom.serverToServer.heading')}</h2>
      <p>{t('zoom.serverToServer.intro')}</p>
      {connection.authType === 'oauth' && (
        <p className="field-hint">{t('zoom.serverToServer.replacesOauth')}</p>
      )}
      <FieldForm
        form={form}
        className="form form-narrow"
        onSubmit={(event) => submit(event, 'save')}
        above={
          rejection && (
            <div className="alert alert-error" role="alert">
              <p>
                <strong>{t('zoom.serverToServer.rejected')}</strong>
              </p>
              {rejection.details.map((issue) => (
                <p key={`${issue.path}:${issue.message}`}>{issue.message}</p>
              ))}
            </div>
          )
        }
      >
        <TextField
          label={t('zoom.serverToServer.accountId')}
          autoComplete="off"
          spellCheck={false}
          {...bind('accountId')}
        />
        <TextField
          label={t('zoom.serverToServer.clientId')}
          autoComplete="off"
          spellCheck={false}
          {...bind('clientId')}
        />
        <TextField
          label={t('zoom.serverToServer.clientSecret')}
          hint={stored ? t('zoom.serverToServer.secretStoredHint') : t('zoom.serverToServer.secretHint')}
          type="password"
          autoComplete="new-password"
          {...bind('clientSecret')}
        />
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy !== null}
            onClick={(event) => submit(event, 'test')}
          >
            {busy === 'test' ? t('zoom.serverToServer.testing') : t('zoom.serverToServer.test')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy !== null}>
            {busy === 'save' || busy === 'replace' ? t('common.saving') : t('zoom.serverToServer.save')}
          </button>
        </div>
        <SuccessMessage>{confirmation}</SuccessMessage>
      </FieldForm>
      {replacement && (
        <ConfirmDialog
          heading={t('zoom.serverToServer.confirmReplaceHeading')}
          text={[
            t('zoom.serverToServer.confirmReplaceText', {
              currentEmail: connection.zoomUser?.email ?? '',
              ownerEmail: replacement.ownerEmail,
              accountId: replacement.zoomAccountId,
            }),
            currentAccountId !== null && currentAccountId !== replacement.zoomAccountId
              ? t('zoom.serverToServer.confirmReplaceOtherAccount', { accountId: currentAccountId })
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('zoom.serverToServer.confirmReplace')}
          onCancel={() => setReplacement(null)}
          onConfirm={() => {
            setReplacement(null);
            submit(undefined, 'replace');
          }}
        />
      )}
    </section>
  );
}
