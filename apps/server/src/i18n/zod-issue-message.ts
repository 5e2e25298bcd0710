import type { Language } from '@parley/api-contract';
import type { z } from 'zod';
import { translate } from './translate.ts';

type Issue = z.core.$ZodRawIssue;

/** The sentence for a length or size limit, by what was measured (text, number, list). */
function limitMessage(issue: Issue & { code: 'too_big' | 'too_small' }, language: Language): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  switch (issue.origin) {
    case 'string':
      if (!big && limit <= 1) return translate(language, 'validation.required');
      return translate(language, big ? 'validation.issue.tooLong' : 'validation.issue.tooShort', { limit });
    case 'array':
    case 'set':
      return translate(language, big ? 'validation.issue.tooMany' : 'validation.issue.tooFew', { limit });
    default:
      return translate(language, big ? 'validation.issue.tooLarge' : 'validation.issue.tooSmall', { limit });
  }
}

function formatMessage(format: string, language: Language): string {
  switch (format) {
    case 'email':
      return translate(language, 'validation.email');
    case 'uuid':
    case 'guid':
      return translate(language, 'validation.issue.id');
    case 'url':
      return translate(language, 'validation.issue.url');
    case 'datetime':
      return translate(language, 'validation.issue.dateTime');
    case 'date':
      return translate(language, 'validation.issue.date');
    default:
      return translate(language, 'validation.issue.format');
  }
}

/**
 * A translated sentence for a zod issue Parley's schemas did not word themselves, for people rather than
 * developers: "Must be at most 200 characters long." instead of zod's "Too big: expected string to have
 * <=200 characters". Used as the per-request error map; a schema's own `validation.*` key wins over it.
 */
export function zodIssueMessage(issue: Issue, language: Language): string {
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return limitMessage(issue, language);
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? translate(language, 'validation.required')
        : translate(language, 'validation.issue.wrongType');
    case 'invalid_format':
      return formatMessage(issue.format, language);
    case 'invalid_value':
      return translate(language, 'validation.issue.oneOf', {
        values: issue.values.map((value) => String(value)).join(', '),
      });
    case 'unrecognized_keys':
      return translate(language, 'validation.issue.unknownFields', { keys: issue.keys.join(', ') });
    default:
      return translate(language, 'validation.issue.invalid');
  }
}
