import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/parley-client.ts';
import { type Invitation, type Role, roles } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { splitFieldIssues } from '../../components/error-message.ts';
import { Field, useInvalidFieldFocus } from '../../components/field.tsx';
import { roleLabel } from '../../components/role-label.ts';
import { looksLikeEmailAddress } from '../../components/validation.ts';

const invitationFields = ['email', 'role'] as const;
type InvitationField = (typeof invitationFields)[number];

/** Invites a colleague by email with a role; the server sends the email. */
export function InviteUserForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalidField } = useInvalidFieldFocus();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('interviewer');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<InvitationField, string>>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(null);
    const emailError = !email.trim()
      ? t('validation.required')
      : looksLikeEmailAddress(email)
        ? undefined
        : t('validation.email');
    setFieldErrors(emailError ? { email: emailError } : {});
    if (emailError) {
      focusFirstInvalidField();
      return;
    }
    setSubmitting(true);
    try {
      onInvited(await api.createInvitation({ email: email.trim(), role }));
      setEmail('');
    } catch (error) {
      const { byField } = splitFieldIssues(error, invitationFields);
      // "A user with this email exists" is about the email field, so it is shown there.
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') byField.email = error.message;
      else setSubmitError(error);
      setFieldErrors(byField);
      focusFirstInvalidField();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="invite-user-heading">
      <h2 id="invite-user-heading">{t('invitations.formHeading')}</h2>
      <form ref={formRef} className="form form-inline" noValidate onSubmit={invite}>
        {submitError !== null && (
          <ErrorAlert error={submitError} issues={splitFieldIssues(submitError, invitationFields).unplaced} />
        )}
        <Field label={t('invitations.email')} error={fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('invitations.role')} error={fieldErrors.role}>
          {(control) => (
            <select
              {...control}
              name="role"
              value={role}
              onChange={(event) =>
                setRole(roles.find((candidate) => candidate === event.target.value) ?? role)
              }
            >
              {roles.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {roleLabel(candidate, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t('invitations.submitting') : t('invitations.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
