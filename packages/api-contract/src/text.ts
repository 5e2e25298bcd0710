import { z } from 'zod';

/** Half of a UTF-16 surrogate pair without its other half. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * True when `value` holds NUL or a lone surrogate. Neither is text a person typed, and PostgreSQL refuses
 * both (`invalid byte sequence`, `unsupported Unicode escape sequence`), so letting them through turned a
 * typing accident or a probe into a 500.
 */
export function hasUnsafeCharacters(value: string): boolean {
  return value.includes('\u0000') || loneSurrogate.test(value);
}

/** The validation message key of {@link text}'s refusal; the server translates it. */
export const unsafeTextMessage = 'validation.text';

/**
 * The string schema of every request field (body, query and path): a `z.string()` that refuses NUL and
 * lone surrogates with a field error. Chain as on `z.string()`: `text().trim().min(1).max(200)`. Using it
 * for every string input is what keeps such bytes away from the database in one place.
 */
export function text(): z.ZodString {
  return z.string().refine((value) => !hasUnsafeCharacters(value), { error: unsafeTextMessage, abort: true });
}

/**
 * `value` with NUL and lone surrogates replaced by U+FFFD (the replacement character), for text that must be
 * kept as received rather than refused — what Zoom sends in a signed webhook.
 */
export function replaceUnsafeCharacters(value: string): string {
  return value.replaceAll('\u0000', '\ufffd').replace(new RegExp(loneSurrogate, 'g'), '\ufffd');
}
