import { checkTopicTemplate, type TopicTemplateProblem } from '@parley/api-contract/topic-template';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';

/** The sentence for a template problem, placed at the field while the person types. */
export function describeTopicProblem(problem: TopicTemplateProblem, t: TFunction<'recruiting'>): string {
  switch (problem.kind) {
    case 'unknown_variable':
      return t('stages.topic.unknownVariable', { variable: problem.variable });
    case 'too_long':
      return t('stages.topic.tooLong', { length: problem.length, max: problem.maxLength });
    case 'empty':
      return t('validation.required');
  }
}

/** What is wrong with the template, checked as the server will check it, or undefined. */
export function topicTemplateError(template: string, t: TFunction<'recruiting'>): string | undefined {
  const problem = checkTopicTemplate(template);
  return problem && describeTopicProblem(problem, t);
}

interface TopicTemplateFieldProps {
  value: string;
  /** The server's word on the field, after a refused save. */
  serverError: string | undefined;
  onChange: (template: string) => void;
}

/**
 * The meeting topic template with its variables named and Zoom's 200-character limit said up front; an
 * unknown `{variable}` or a template too long for real names shows at the field as it is typed.
 */
export function TopicTemplateField({ value, serverError, onChange }: TopicTemplateFieldProps) {
  const { t } = useTranslation('recruiting');
  const error = topicTemplateError(value, t) ?? serverError;
  return (
    <Field label={t('stages.topic.label')} hint={t('stages.topic.hint')} error={error}>
      {(control) => (
        <input
          {...control}
          name="topicTemplate"
          maxLength={200}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
