import {
  checkMessageTemplate,
  type Language,
  type MessageTemplateKind,
  type MessageTemplateProblem,
  messageTemplateVariablesByKind,
} from '@parley/api-contract';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { translate } from '../../i18n/translate.ts';

function problemMessage(kind: MessageTemplateKind, problem: MessageTemplateProblem, language: Language) {
  switch (problem.kind) {
    case 'unknown_variable': {
      const allowed = messageTemplateVariablesByKind[kind].map((name) => `{${name}}`).join(', ');
      return translate(language, 'messageTemplateProblems.unknownVariable', {
        variable: problem.variable,
        allowed,
      });
    }
    case 'empty':
      return translate(language, 'validation.required');
    case 'too_long':
      return translate(language, 'messageTemplateProblems.tooLong', { max: problem.maxLength });
    case 'missing_join_url':
      return translate(language, 'messageTemplateProblems.missingJoinUrl');
  }
}

/**
 * Refuses a template with an unknown variable, an empty or overlong field, or an invitation without
 * `{join_url}`: 400 VALIDATION_FAILED with one detail per field, each naming the problem in the reader's
 * language (an unknown variable by name, with the ones this kind offers).
 */
export function assertMessageTemplateValid(
  kind: MessageTemplateKind,
  template: { subject: string; body: string },
  language: Language,
): void {
  const problems = checkMessageTemplate(kind, template);
  if (problems.length === 0) return;
  throw new AppError(AppErrorCode.ValidationFailed, {
    details: problems.map((problem) => ({
      path: problem.field,
      message: problemMessage(kind, problem, language),
    })),
  });
}
