/** What replaces a value taken out of a database error. */
const redacted = '[redacted]';

/**
 * Fields of PostgreSQL's error report (node-postgres and PGlite alike) that may quote row values:
 * `detail` (`Key (email)=(ada@example.com) already exists.`), `where` and `internalQuery` (with the
 * values a function was called with).
 */
const valueBearingFields = ['detail', 'where', 'internalQuery'] as const;

interface QueryError extends Error {
  query: string;
  params: unknown[];
}

/** Drizzle's `DrizzleQueryError`: message `Failed query: <sql>\nparams: <every value, joined>`. */
function isQueryError(error: Error): error is QueryError {
  return (
    typeof (error as Partial<QueryError>).query === 'string' && Array.isArray((error as QueryError).params)
  );
}

/** A PostgreSQL error report: a five-character SQLSTATE and a severity. */
function isDatabaseReport(error: Error): boolean {
  const { code, severity } = error as Error & { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/**
 * A copy of `error` (and of its `cause` chain) fit for the log: a failed query keeps its SQL (which has
 * only `$1` placeholders) and the number of its parameters, but not their values; a PostgreSQL report
 * keeps its code, constraint, table and column, but not the fields and the message part that quote
 * values. A failed `INSERT INTO users` once logged an e-mail address and a scrypt hash this way.
 * Anything else is returned as it is.
 */
export function redactDatabaseError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const cause = 'cause' in error ? redactDatabaseError(error.cause, depth + 1) : undefined;
  if (isDatabaseReport(error)) {
    const values = Object.fromEntries(
      valueBearingFields.filter((field) => field in error).map((field) => [field, redacted]),
    );
    // PGlite's report also carries the query and its parameters.
    const params = isQueryError(error) ? { params: error.params.map(() => redacted) } : {};
    return copyError(error, withoutQuotedValue(error.message), { ...values, ...params }, cause);
  }
  if (isQueryError(error)) {
    const message = `Failed query: ${error.query}\nparams: ${error.params.length} ${redacted}`;
    return copyError(error, message, { params: error.params.map(() => redacted) }, cause);
  }
  if (cause !== (error as { cause?: unknown }).cause) return copyError(error, error.message, {}, cause);
  return error;
}

/**
 * PostgreSQL quotes the offending input at the end of data errors (`invalid input syntax for type uuid:
 * "…"`); the quote goes, the rest says what was wrong.
 */
function withoutQuotedValue(message: string): string {
  return message.replace(/: ".*"$/s, `: ${redacted}`);
}

function copyError(
  original: Error,
  message: string,
  overrides: Record<string, unknown>,
  cause: unknown,
): Error {
  const copy = new Error(message);
  Object.assign(copy, original, overrides);
  Object.defineProperty(copy, 'name', { value: original.name, enumerable: false });
  copy.stack = replaceMessageInStack(original, message);
  if (cause !== undefined) copy.cause = cause;
  return copy;
}

/** The stack starts with `Name: message`; the old message (with the values) must not survive there. */
function replaceMessageInStack(original: Error, message: string): string | undefined {
  const stack = original.stack;
  if (!stack) return undefined;
  const header = `${original.name}: ${original.message}`;
  const frames = stack.startsWith(header)
    ? stack.slice(header.length)
    : stack.slice(stack.search(/\n\s+at /) >= 0 ? stack.search(/\n\s+at /) : stack.length);
  return `${original.name}: ${message}${frames}`;
}
