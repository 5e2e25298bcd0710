import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Drizzle query builder over either backend (PGlite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Rows of one SQL statement, in the shape pg-boss and node-postgres use. */
export interface SqlResult {
  rows: Record<string, unknown>[];
}

/**
 * Runs raw SQL with `$1`-style parameters. Parameterless text may hold several statements (pg-boss sends
 * whole scripts); the result is then that of the last statement.
 */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
}

/** A database transaction: a Drizzle handle and raw SQL on the same connection. */
export interface Transaction extends SqlExecutor {
  db: Db;
  /** Runs `callback` after COMMIT (not after ROLLBACK), e.g. to wake a job worker. */
  onCommit(callback: () => void): void;
}

/** The application database, PGlite or PostgreSQL behind one interface. */
export interface Database extends SqlExecutor {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Runs `work` in one transaction and commits when it resolves, rolls back when it throws. Inside,
   * use only `tx`: with PGlite the outer handle waits for the transaction and would deadlock.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Applies the committed migrations not applied yet; safe when several instances start at once. */
  migrate(): Promise<void>;
  /**
   * Runs `work` while holding the one schema lock (a PostgreSQL advisory lock): every step that creates
   * or changes schema (our migrations, the job queue's tables and queues) runs under it, so instances
   * starting together on an empty database take turns instead of racing on `CREATE SCHEMA`. PGlite has
   * one process per data directory and runs `work` directly.
   */
  withSchemaLock<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Calls `onNotification` with the payload of every `NOTIFY` on `channel` (sent by any instance, delivered
   * after its transaction commits) until the returned function stops listening. On PostgreSQL a dedicated
   * connection listens and reconnects after a loss, calling `onReconnect`: notifications sent meanwhile
   * are gone, so the listener must assume that anything may have changed.
   */
  listen(
    channel: string,
    onNotification: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Collects `onCommit` callbacks of one transaction and runs them after a successful commit. */
export function createCommitCallbacks() {
  const callbacks: (() => void)[] = [];
  return {
    add: (callback: () => void) => {
      callbacks.push(callback);
    },
    run: () => {
      for (const callback of callbacks) callback();
    },
  };
}
