import { type Invitation, type Role, roles } from '@parley/api-contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/parley-client.ts';
import { Field, TextField } from '../../components/field.tsx';
import { FieldForm } from '../../components/field-form.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { roleLabel } from '../../components/role-label.ts';
import { useFieldForm } from '../../components/use-field-form.ts';
import { looksLikeEmailAddress } from '../../components/validation.ts';
import { accountKeys, invitationsQuery } from '../../queries/accounts-queries.ts';

/** The role a new invitation starts with: the one with the least access, so Admin is always a choice. */
const initialRole: Role = 'interviewer';

const invitationFields = ['email', 'role'] as const;
type InvitationField = (typeof invitationFields)[number];

/** Invites a colleague by email with a role; the server sends the email, the list shows it first. */
export function InviteUserForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldForm(invitationFields);
  const { fieldErrors } = form;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(initialRole);

  function validate(): Partial<Record<InvitationField, string>> {
    if (!email.trim()) return { email: t('validation.required') };
    return looksLikeEmailAddress(email) ? {} : { email: t('validation.email') };
  }

  async function send() {
    const invitation = await api.createInvitation({ email: email.trim(), role });
    // The server revokes the address's older pending invitations: show that at once, then read the list.
    const sameAddress = (other: Invitation) => other.email.toLowerCase() === invitation.email.toLowerCase();
    queryClient.setQueryData(
      invitationsQuery.queryKey,
      (list) =>
        list && [
          invitation,
          ...list.map((other) =>
            other.status === 'pending' && sameAddress(other)
              ? { ...other, status: 'revoked' as const }
              : other,
          ),
        ],
    );
    void queryClient.invalidateQueries({ queryKey: accountKeys.invitations });
    onInvited(invitation);
    setEmail('');
    setRole(initialRole);
  }

  /** "A user with this email exists" is about the email field, so it is shown there. */
  function placeEmailTaken(error: unknown, byField: Partial<Record<InvitationField, string>>): boolean {
    if (!(error instanceof ApiError && error.code === 'EMAIL_TAKEN')) return false;
    byField.email = error.message;
    return true;
  }

  return (
    <section className="card" aria-labelledby="invite-user-heading">
      <h2 id="invite-user-heading">{t('invitations.formHeading')}</h2>
      <FieldForm
        form={form}
        className="form form-inline"
        onSubmit={(event) => form.submit(event, { validate, send, onError: placeEmailTaken })}
      >
        <TextField
          label={t('invitations.email')}
          error={fieldErrors.email}
          type="email"
          name="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
        />
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
        <FormActions
          submitting={form.submitting}
          submit={t('invitations.submit')}
          submittingLabel={t('invitations.submitting')}
        />
      </FieldForm>
    </section>
  );
}
