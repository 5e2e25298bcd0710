import type { Language } from '@parley/api-contract';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { ErrorDetail } from '../errors/app-error.ts';
import { validationMessage } from '../i18n/error-messages.ts';
import { zodIssueMessage } from '../i18n/zod-issue-message.ts';

/**
 * A request part (body, params, query) that failed its zod schema. It keeps the schema and the input
 * so the error handler can word the details in the user's language, which is only known per request.
 */
export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  readonly statusCode = 400;

  constructor(
    readonly schema: z.ZodType,
    readonly input: unknown,
    readonly httpPart: string,
  ) {
    super(`invalid request ${httpPart}`);
  }

  /** `[{ path: 'email', message: '…' }]` in `language`; never includes the submitted values. */
  details(language: Language): ErrorDetail[] {
    const result = this.schema.safeParse(this.input, { error: (issue) => zodIssueMessage(issue, language) });
    const issues = result.success ? [] : result.error.issues;
    return issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.join('.') : this.httpPart,
      message: validationMessage(issue.message, language),
    }));
  }
}

/** Fastify validator compiler for zod schemas that fails with a {@link RequestValidationError}. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  return (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success
      ? { value: result.data }
      : {
          error: new RequestValidationError(
            schema,
            input,
            httpPart === 'querystring' ? 'query' : (httpPart ?? 'body'),
          ),
        };
  };
};
