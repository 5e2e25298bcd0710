import { AppErrorCode } from '@parley/api-contract';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeError } from '../components/error-message.ts';
import de from '../i18n/de.json';
import en from '../i18n/en.json';
import ja from '../i18n/ja.json';
import { ApiError, clientErrorCodes, processErrorBody } from './api-error.ts';

describe('processErrorBody', () => {
  it('keeps a contract code with the server’s translated message and field issues', () => {
    const error = processErrorBody(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Einige Angaben fehlen.',
        details: [{ path: 'email', message: 'Ungültig' }],
      },
    });
    expect(error).toMatchObject({ status: 400, code: AppErrorCode.ValidationFailed, isClientError: false });
    expect(error.message).toBe('Einige Angaben fehlen.');
    expect(error.details).toEqual([{ path: 'email', message: 'Ungültig' }]);
  });

  it('keeps the facts of `meta`, so a page can offer the existing candidate of a duplicate e-mail', () => {
    const error = processErrorBody(409, {
      error: {
        code: 'CANDIDATE_EMAIL_EXISTS',
        message: 'A candidate with this e-mail exists.',
        meta: { existingCandidateId: 'c-1', count: 3 },
      },
    });
    expect(error.metaString('existingCandidateId')).toBe('c-1');
    expect(error.metaNumber('count')).toBe(3);
    expect(error.metaString('count')).toBeUndefined();
    expect(processErrorBody(409, { error: { code: 'EDIT_CONFLICT', message: 'x' } }).meta).toEqual({});
  });

  it('turns a code the contract does not know into UNEXPECTED_RESPONSE, never an untyped code', () => {
    const error = processErrorBody(409, { error: { code: 'SOMETHING_NEW', message: 'New.' } });
    expect(error).toMatchObject({ status: 409, code: 'UNEXPECTED_RESPONSE', isClientError: true });
  });
});

const t = i18next.createInstance();
await t.init({
  resources: { en: { translation: en }, de: { translation: de }, ja: { translation: ja } },
  lng: 'en',
  interpolation: { escapeValue: false },
});

describe('the client’s own error codes', () => {
  it.each(['en', 'de', 'ja'])('each has its own sentence in %s', async (language) => {
    await t.changeLanguage(language);
    const sentences = clientErrorCodes.map((code) => describeError(new ApiError(0, code, ''), t.t));
    expect(sentences.filter((sentence) => sentence.trim() === '' || sentence.startsWith('errors.'))).toEqual(
      [],
    );
    expect(new Set(sentences).size).toBe(clientErrorCodes.length);
  });
});
