import { sql } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './schema.ts';

/** Column builders the domain schemas share, so every table spells ids, instants and tenancy one way. */
export const id = () => uuid('id').primaryKey().defaultRandom();
/**
 * An id as the `id` columns hold it. Ids read from text (audit targets, recorded details, SMTP senders)
 * are checked with it before a query compares them with a uuid column, which would fail on anything else.
 */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => instant('created_at').notNull().defaultNow();
export const updatedAt = () => instant('updated_at').notNull().defaultNow();
export const organizationId = () =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id);
/** Bumped on every change, so two people editing the same row cannot silently overwrite each other. */
export const version = () => integer('version').notNull().default(1);
/** A CHECK that a text column holds one of the contract's values (the values are our own constants). */
export const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((value) => `'${value}'`).join(', ')})`);
