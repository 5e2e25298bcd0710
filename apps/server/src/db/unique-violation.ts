/**
 * Whether `error` (or an error in its `cause` chain, as Drizzle wraps the driver's) is PostgreSQL's
 * unique violation (SQLSTATE 23505) of `constraint` (of any constraint when none is named): a use case that
 * checks uniqueness itself can still lose a race to a concurrent transaction, and answers that with its own
 * conflict code, never a 500.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 6; depth += 1) {
    const report = current as Error & { code?: unknown; constraint?: unknown };
    if (report.code === '23505' && (constraint === undefined || report.constraint === constraint))
      return true;
    current = report.cause;
  }
  return false;
}
