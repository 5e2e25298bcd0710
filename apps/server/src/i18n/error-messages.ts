import type { Language } from '@parley/api-contract';
import type { AppErrorCode } from '../errors/app-error.ts';
import { isServerMessageKey, translate } from './translate.ts';

/** The user-facing message of an error code in `language` (`errors.<CODE>` in en/de/ja.json). */
export function errorMessage(code: AppErrorCode, language: Language): string {
  return translate(language, `errors.${code}`);
}

/**
 * Translates a message key of Parley's own validation rules: schemas use the key as their zod error message
 * (`{ error: 'validation.timeZone' }`, `validation.*` in en/de/ja.json) and the HTTP layer translates it.
 * Other text (zod's own, already localized) is returned as is.
 */
export function validationMessage(message: string, language: Language): string {
  return message.startsWith('validation.') && isServerMessageKey(message)
    ? translate(language, message)
    : message;
}
