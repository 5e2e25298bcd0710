import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/parley-client.ts';
import type {
  OrganizationZoomConnection,
  ServerToServerCredentials,
  ServerToServerTestResult,
} from '../../../api/zoom-types.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { splitFieldIssues } from '../../../components/error-message.ts';
import { Field, useInvalidFieldFocus } from '../../../components/field.tsx';

const credentialFields = ['accountId', 'clientId', 'clientSecret'] as const;
type CredentialField = (typeof credentialFields)[number];
type FieldErrors = Partial<Record<CredentialField, string>>;

interface ServerToServerSectionProps {
  connection: OrganizationZoomConnection;
  onSaved: (connection: OrganizationZoomConnection) => void;
}

/** Z11: a self-hosting organization's own Server-to-Server OAuth app; the secret is never shown again. */
export function ServerToServerSection({ connection, onSaved }: ServerToServerSectionProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalidField } = useInvalidFieldFocus();
  const stored = connection.serverToServer;
  const [credentials, setCredentials] = useState<ServerToServerCredentials>({
    accountId: stored?.accountId ?? '',
    clientId: stored?.clientId ?? '',
    clientSecret: '',
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);

  function change(field: CredentialField, value: string) {
    setCredentials((current) => ({ ...current, [field]: value }));
  }

  function missingFields(): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of credentialFields) {
      if (credentials[field].trim() === '') errors[field] = t('validation.required');
    }
    return errors;
  }

  async function submit(action: 'test' | 'save') {
    setFailure(null);
    setConfirmation(null);
    const missing = missingFields();
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalidField();
      return;
    }
    const trimmed = {
      ...credentials,
      accountId: credentials.accountId.trim(),
      clientId: credentials.clientId.trim(),
    };
    setBusy(action);
    try {
      if (action === 'test') {
        setConfirmation(describeTestResult(await api.testServerToServer(trimmed)));
      } else {
        onSaved(await api.saveServerToServer(trimmed));
        setCredentials((current) => ({ ...current, clientSecret: '' }));
        setConfirmation(t('serverToServer.saved'));
      }
    } catch (error) {
      setFieldErrors(splitFieldIssues(error, credentialFields).byField);
      setFailure(error);
      focusFirstInvalidField();
    } finally {
      setBusy(null);
    }
  }

  function describeTestResult(result: ServerToServerTestResult): string {
    return t('serverToServer.testOk', { email: result.ownerEmail, accountId: result.zoomAccountId });
  }

  const rejection =
    failure instanceof ApiError && failure.code === 'ZOOM_CREDENTIALS_REJECTED' ? failure : null;
  return (
    <section className="card section" aria-labelledby="server-to-server-heading">
      <h2 id="server-to-server-heading">{t('serverToServer.heading')}</h2>
      <p>{t('serverToServer.intro')}</p>
      {connection.authType === 'oauth' && <p className="field-hint">{t('serverToServer.replacesOauth')}</p>}
      <form
        ref={formRef}
        className="form form-narrow"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit('save');
        }}
      >
        {rejection ? (
          <div className="alert alert-error" role="alert">
            <p>
              <strong>{t('serverToServer.rejected')}</strong>
            </p>
            {rejection.details.map((issue) => (
              <p key={`${issue.path}:${issue.message}`}>{issue.message}</p>
            ))}
          </div>
        ) : (
          failure !== null && (
            <ErrorAlert error={failure} issues={splitFieldIssues(failure, credentialFields).unplaced} />
          )
        )}
        <Field label={t('serverToServer.accountId')} error={fieldErrors.accountId}>
          {(control) => (
            <input
              {...control}
              name="accountId"
              autoComplete="off"
              spellCheck={false}
              value={credentials.accountId}
              onChange={(event) => change('accountId', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('serverToServer.clientId')} error={fieldErrors.clientId}>
          {(control) => (
            <input
              {...control}
              name="clientId"
              autoComplete="off"
              spellCheck={false}
              value={credentials.clientId}
              onChange={(event) => change('clientId', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('serverToServer.clientSecret')}
          hint={stored ? t('serverToServer.secretStoredHint') : t('serverToServer.secretHint')}
          error={fieldErrors.clientSecret}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              name="clientSecret"
              autoComplete="new-password"
              value={credentials.clientSecret}
              onChange={(event) => change('clientSecret', event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy !== null}
            onClick={() => submit('test')}
          >
            {busy === 'test' ? t('serverToServer.testing') : t('serverToServer.test')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy !== null}>
            {busy === 'save' ? t('common.saving') : t('serverToServer.save')}
          </button>
        </div>
        <SuccessMessage>{confirmation}</SuccessMessage>
      </form>
    </section>
  );
}
