/*
 * The message templates admins edit (docs/notifications.md, "Templates"): plain values and the check, no
 * zod, so the web app checks a template as it is typed exactly as the server checks it before saving.
 */
import { fillPlaceholders, placeholdersOf } from '../template-placeholders.ts';

/**
 * Each message Parley sends about an interview, by who reads it: the candidate's invitation, update and
 * cancellation; the team's (interviewers, and the recruiter for updates and cancellations); the note to
 * someone taken off an interview that goes on; the scheduling recruiter's confirmation.
 */
export const messageTemplateKinds = [
  'candidate_invitation',
  'candidate_update',
  'candidate_cancellation',
  'team_invitation',
  'team_update',
  'team_cancellation',
  'team_removal',
  'recruiter_invitation',
] as const;
/** One of {@link messageTemplateKinds}. */
export type MessageTemplateKind = (typeof messageTemplateKinds)[number];

const shared = [
  'recipient_name',
  'candidate_name',
  'organization',
  'job',
  'start',
  'time_zone',
  'duration',
  'location',
  'interviewers',
] as const;
const meeting = ['join_url', 'meeting_id', 'passcode', 'dial_in'] as const;
// Links into Parley are for the team only: a candidate has no account to open them with.
const team = ['application_url', 'interview_url'] as const;
const update = ['changes', 'previous_start'] as const;

/**
 * Every variable a template may use. There is deliberately no variable for the host's start link: it
 * must never reach a message.
 */
export const messageTemplateVariables = [...shared, ...meeting, ...team, ...update, 'reason'] as const;
/** One of {@link messageTemplateVariables}. */
export type MessageTemplateVariable = (typeof messageTemplateVariables)[number];

/** The variables each kind of message offers, in the order the editor lists them. */
export const messageTemplateVariablesByKind: Record<MessageTemplateKind, readonly MessageTemplateVariable[]> =
  {
    candidate_invitation: [...shared, ...meeting],
    candidate_update: [...shared, ...meeting, ...update],
    candidate_cancellation: [...shared, 'reason'],
    team_invitation: [...shared, ...meeting, ...team],
    team_update: [...shared, ...meeting, ...team, ...update],
    team_cancellation: [...shared, ...team, 'reason'],
    team_removal: [...shared],
    recruiter_invitation: [...shared, ...meeting, ...team],
  };

/** Longest subject and body accepted: far beyond any real message, small enough to render at once. */
export const messageTemplateLimits = { subject: 300, body: 5000 } as const;

/** What is wrong with a template, field by field. */
export type MessageTemplateProblem =
  | { field: 'subject' | 'body'; kind: 'unknown_variable'; variable: string }
  | { field: 'subject' | 'body'; kind: 'empty' }
  | { field: 'subject' | 'body'; kind: 'too_long'; maxLength: number }
  | { field: 'body'; kind: 'missing_join_url' };

/** Whether the kind is an invitation, which must tell people how to join. */
export function isInvitationTemplate(kind: MessageTemplateKind): boolean {
  return kind.endsWith('_invitation');
}

function problemsOf(
  field: 'subject' | 'body',
  template: string,
  allowed: readonly string[],
): MessageTemplateProblem[] {
  if (template.trim() === '') return [{ field, kind: 'empty' }];
  if (template.length > messageTemplateLimits[field]) {
    return [{ field, kind: 'too_long', maxLength: messageTemplateLimits[field] }];
  }
  const unknown = placeholdersOf(template).find(({ name }) => !allowed.includes(name));
  return unknown ? [{ field, kind: 'unknown_variable', variable: unknown.placeholder }] : [];
}

/**
 * Checks a template before it is saved or previewed: no empty or overlong field, only the variables the
 * kind offers, and an invitation's body names `{join_url}` (an invitation without the link is the one
 * mistake candidates cannot work around).
 */
export function checkMessageTemplate(
  kind: MessageTemplateKind,
  template: { subject: string; body: string },
): MessageTemplateProblem[] {
  const allowed = messageTemplateVariablesByKind[kind];
  const problems = [
    ...problemsOf('subject', template.subject, allowed),
    ...problemsOf('body', template.body, allowed),
  ];
  const bodyUsesJoinUrl = placeholdersOf(template.body).some(({ name }) => name === 'join_url');
  if (isInvitationTemplate(kind) && !problems.some((p) => p.field === 'body') && !bodyUsesJoinUrl) {
    problems.push({ field: 'body', kind: 'missing_join_url' });
  }
  return problems;
}

/**
 * A template with real values. In the body, a line whose variables are all empty is left out (the
 * passcode line of a meeting without one, the join line of an in-person interview), so one template
 * serves every interview.
 */
export function fillMessageTemplate(
  template: string,
  values: Partial<Record<MessageTemplateVariable, string>>,
): string {
  const lookUp = (name: string) => values[name as MessageTemplateVariable] ?? '';
  return template
    .split('\n')
    .filter((line) => {
      const names = placeholdersOf(line).map(({ name }) => name);
      return names.length === 0 || names.some((name) => lookUp(name).trim() !== '');
    })
    .map((line) => fillPlaceholders(line, lookUp))
    .join('\n');
}
