import { hasUnsafeCharacters, replaceUnsafeCharacters } from '@parley/api-contract';

/** A webhook body fit for the database, and where it had to be changed. */
export interface StorableWebhookBody {
  body: unknown;
  /** Paths of the strings whose NUL or lone surrogates were replaced (`payload.object.first_name`). */
  replacedAt: string[];
}

/**
 * Zoom's signed webhook body with NUL and lone surrogates replaced by U+FFFD in every string. PostgreSQL
 * cannot store them, and refusing would make Zoom retry the same bytes for days; a name with a
 * replacement character is the best that can be kept. The caller logs the paths, never the values.
 */
export function storableWebhookBody(body: unknown): StorableWebhookBody {
  const replacedAt: string[] = [];
  const visit = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      if (!hasUnsafeCharacters(value)) return value;
      replacedAt.push(path);
      return replaceUnsafeCharacters(value);
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, `${path}.${index}`));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, visit(item, path ? `${path}.${key}` : key)]),
      );
    }
    return value;
  };
  return { body: visit(body, ''), replacedAt };
}
