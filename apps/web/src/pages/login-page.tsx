import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/parley-client.ts';
import { bindFields, TextField } from '../components/field.tsx';
import { FieldForm, SubmitButton } from '../components/field-form.tsx';
import { Loading } from '../components/loading.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PublicLayout } from '../components/public-layout.tsx';
import { useFieldForm } from '../components/use-field-form.ts';
import { looksLikeEmailAddress } from '../components/validation.ts';
import type { ReturnTo } from '../session/require-session.tsx';
import { useSession } from '../session/session-context.tsx';

const loginFields = ['email', 'password'] as const;
type LoginField = (typeof loginFields)[number];

/** Only paths inside this app, never another site ("//evil.example") or the login page itself. */
function safeReturnPath(state: unknown): string {
  const returnTo = (state as Partial<ReturnTo> | null)?.returnTo;
  if (typeof returnTo === 'string' && /^\/(?!\/)/.test(returnTo) && !returnTo.startsWith('/login')) {
    return returnTo;
  }
  return '/interviews';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { session, setMe } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const form = useFieldForm(loginFields);
  const [values, setValues] = useState({ email: '', password: '' });
  const { email, password } = values;
  const bind = bindFields(values, form.fieldErrors, (changes) =>
    setValues((current) => ({ ...current, ...changes })),
  );
  // Set with the new session, so that the page goes back to where the person came from rather than to
  // the default page that a signed-in visitor of /login is sent to.
  const [returning, setReturning] = useState(false);
  const sessionEnded = (location.state as Partial<ReturnTo> | null)?.sessionEnded === true;

  if (session.status === 'signedIn' && !returning) return <Navigate to="/interviews" replace />;

  function validate(): Partial<Record<LoginField, string>> {
    const errors: Partial<Record<LoginField, string>> = {};
    if (!email.trim()) errors.email = t('validation.required');
    else if (!looksLikeEmailAddress(email)) errors.email = t('validation.email');
    if (!password) errors.password = t('validation.required');
    return errors;
  }

  async function send() {
    const me = await api.login({ email: email.trim(), password });
    setReturning(true);
    setMe(me);
    navigate(safeReturnPath(location.state), { replace: true });
  }

  return (
    <PublicLayout>
      <PageHeading documentTitle={t('auth.login.title')} intro={t('auth.login.intro')}>
        {t('auth.login.heading')}
      </PageHeading>
      {session.status === 'checking' ? (
        <Loading />
      ) : (
        <FieldForm
          form={form}
          className="form"
          onSubmit={(event) => form.submit(event, { validate, send })}
          above={
            sessionEnded &&
            form.submitError === null && <p className="alert alert-info">{t('errors.sessionEnded')}</p>
          }
        >
          <TextField label={t('auth.login.email')} type="email" autoComplete="username" {...bind('email')} />
          <TextField
            label={t('auth.login.password')}
            type="password"
            autoComplete="current-password"
            {...bind('password')}
          />
          <SubmitButton
            block
            submitting={form.submitting}
            submit={t('auth.login.submit')}
            submittingLabel={t('auth.login.submitting')}
          />
        </FieldForm>
      )}
    </PublicLayout>
  );
}
