import type {
  Language,
  MessageTemplateKind,
  MessageTemplateProblem,
  MessageTemplateVariable,
} from '@parley/api-contract';
import { messageTemplateVariablesByKind } from '@parley/api-contract/message-template';
import type { TFunction } from 'i18next';

/** The sentence for a template problem, shown at its field as the admin types (the server says the same). */
export function describeTemplateProblem(
  problem: MessageTemplateProblem,
  kind: MessageTemplateKind,
  t: TFunction<'notifications'>,
): string {
  switch (problem.kind) {
    case 'unknown_variable':
      return t('templates.problems.unknownVariable', {
        variable: problem.variable,
        allowed: messageTemplateVariablesByKind[kind].map((name) => `{${name}}`).join(', '),
      });
    case 'empty':
      return t('templates.problems.empty');
    case 'too_long':
      return t('templates.problems.tooLong', { max: problem.maxLength });
    case 'missing_join_url':
      return t('templates.problems.missingJoinUrl');
  }
}

/** A kind of message in words (each key written out, so the texts test sees every one). */
export function templateKindLabel(kind: MessageTemplateKind, t: TFunction<'notifications'>): string {
  const labels: Record<MessageTemplateKind, () => string> = {
    candidate_invitation: () => t('templates.kinds.candidate_invitation'),
    candidate_update: () => t('templates.kinds.candidate_update'),
    candidate_cancellation: () => t('templates.kinds.candidate_cancellation'),
    team_invitation: () => t('templates.kinds.team_invitation'),
    team_update: () => t('templates.kinds.team_update'),
    team_cancellation: () => t('templates.kinds.team_cancellation'),
    team_removal: () => t('templates.kinds.team_removal'),
    recruiter_invitation: () => t('templates.kinds.recruiter_invitation'),
  };
  return labels[kind]();
}

/** A message language in words. */
export function templateLanguageLabel(language: Language, t: TFunction<'notifications'>): string {
  const labels: Record<Language, () => string> = {
    en: () => t('templates.languages.en'),
    de: () => t('templates.languages.de'),
    ja: () => t('templates.languages.ja'),
  };
  return labels[language]();
}

/** What a variable stands for, shown on its button. */
export function templateVariableHelp(name: MessageTemplateVariable, t: TFunction<'notifications'>): string {
  const help: Record<MessageTemplateVariable, () => string> = {
    recipient_name: () => t('templates.variableHelp.recipient_name'),
    candidate_name: () => t('templates.variableHelp.candidate_name'),
    organization: () => t('templates.variableHelp.organization'),
    job: () => t('templates.variableHelp.job'),
    start: () => t('templates.variableHelp.start'),
    time_zone: () => t('templates.variableHelp.time_zone'),
    duration: () => t('templates.variableHelp.duration'),
    location: () => t('templates.variableHelp.location'),
    interviewers: () => t('templates.variableHelp.interviewers'),
    join_url: () => t('templates.variableHelp.join_url'),
    meeting_id: () => t('templates.variableHelp.meeting_id'),
    passcode: () => t('templates.variableHelp.passcode'),
    dial_in: () => t('templates.variableHelp.dial_in'),
    application_url: () => t('templates.variableHelp.application_url'),
    interview_url: () => t('templates.variableHelp.interview_url'),
    changes: () => t('templates.variableHelp.changes'),
    previous_start: () => t('templates.variableHelp.previous_start'),
    reason: () => t('templates.variableHelp.reason'),
  };
  return help[name]();
}
