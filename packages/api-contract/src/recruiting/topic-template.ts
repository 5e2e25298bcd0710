import { fillPlaceholders, placeholdersOf } from '../template-placeholders.ts';
import { type TopicTemplateVariable, topicTemplateVariables, zoomTopicMaxLength } from './values.ts';

/** What is wrong with a meeting topic template, if anything. */
export type TopicTemplateProblem =
  | { kind: 'unknown_variable'; variable: string }
  | { kind: 'too_long'; length: number; maxLength: number }
  | { kind: 'empty' };

/**
 * The longest value each variable is counted with when a template is checked, so a template that passes
 * leaves room for real names: a job title, a stage name, a person's name, an organization's name.
 */
export const topicVariableBudget: Record<TopicTemplateVariable, number> = {
  job: 60,
  stage: 30,
  candidate: 40,
  organization: 40,
};

/**
 * Checks a template before it is saved (and while it is typed, in the web app): every `{variable}` must be
 * one Parley knows, and the topic with generous values must fit Zoom's 200 characters.
 */
export function checkTopicTemplate(template: string): TopicTemplateProblem | undefined {
  if (template.trim() === '') return { kind: 'empty' };
  let budgetedLength = template.length;
  for (const { placeholder, name } of placeholdersOf(template)) {
    if (!isTopicVariable(name)) return { kind: 'unknown_variable', variable: placeholder };
    budgetedLength += topicVariableBudget[name] - placeholder.length;
  }
  if (budgetedLength > zoomTopicMaxLength) {
    return { kind: 'too_long', length: budgetedLength, maxLength: zoomTopicMaxLength };
  }
  return undefined;
}

/**
 * The meeting topic for real values. Zoom refuses longer topics (code 300), so a longer one is cut to 199
 * characters (whole code points) and ends with an ellipsis, showing it was cut (a checked template only
 * gets there with unusually long names).
 */
export function renderTopicTemplate(template: string, values: Record<TopicTemplateVariable, string>): string {
  const topic = fillPlaceholders(template, (name) => (isTopicVariable(name) ? values[name] : undefined));
  const characters = [...topic];
  if (characters.length <= zoomTopicMaxLength) return topic;
  return `${characters.slice(0, zoomTopicMaxLength - 1).join('')}…`;
}

function isTopicVariable(name: string): name is TopicTemplateVariable {
  return (topicTemplateVariables as readonly string[]).includes(name);
}
