import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from '../api/api-error.ts';

/** The sentence to show for a failed request: the server's translated message, or ours for client failures. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'NETWORK_ERROR':
        return t('errors.NETWORK_ERROR');
      case 'UNEXPECTED_RESPONSE':
        return t('errors.UNEXPECTED_RESPONSE');
      default:
        return error.message || t('errors.UNEXPECTED_RESPONSE');
    }
  }
  return t('errors.UNEXPECTED_RESPONSE');
}

export interface SplitFieldIssues<Field extends string> {
  byField: Partial<Record<Field, string>>;
  /** Issues about fields this form does not show; displayed with the form's general error. */
  unplaced: FieldIssue[];
}

/**
 * Places `VALIDATION_FAILED` details next to the form's fields. A path such as `body.email` or `email`
 * belongs to the field `email`.
 */
export function splitFieldIssues<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): SplitFieldIssues<Field> {
  const byField: Partial<Record<Field, string>> = {};
  const unplaced: FieldIssue[] = [];
  const issues = error instanceof ApiError ? error.details : [];
  for (const issue of issues) {
    const field = fields.find((name) => issue.path === name || issue.path.endsWith(`.${name}`));
    if (field && byField[field] === undefined) byField[field] = issue.message;
    else unplaced.push(issue);
  }
  return { byField, unplaced };
}
