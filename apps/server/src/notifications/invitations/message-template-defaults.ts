import type {
  InterviewMessageKind,
  InterviewMessageRole,
  Language,
  MessageTemplateKind,
} from '@parley/api-contract';
import { translate } from '../../i18n/translate.ts';

/** A message template's words: the subject and the body, with `{variables}`. */
export interface MessageTemplateText {
  subject: string;
  body: string;
}

/** Which template a message is written from: who reads it, what it announces. */
export function messageTemplateKindOf(
  role: InterviewMessageRole,
  kind: InterviewMessageKind,
  removed: boolean,
): MessageTemplateKind {
  if (removed) return 'team_removal';
  if (role === 'candidate') return `candidate_${kind}`;
  if (role === 'recruiter' && kind === 'invitation') return 'recruiter_invitation';
  return `team_${kind}`;
}

/** Parley's own wording of a template, in the server's texts; what applies until an admin edits it. */
export function defaultMessageTemplate(kind: MessageTemplateKind, language: Language): MessageTemplateText {
  return {
    subject: translate(language, `messageTemplates.${kind}.subject`),
    body: translate(language, `messageTemplates.${kind}.body`),
  };
}
