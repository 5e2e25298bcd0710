import type { AuditEvent } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/**
 * An event as the sentences read it: what was done, to whom, how it ended and the recorded details (the
 * Zoom user's e-mail is its own field of the listing, no longer in `details`).
 */
export type DescribedEvent = Pick<AuditEvent, 'action' | 'details' | 'subject'> &
  Partial<Pick<AuditEvent, 'result' | 'zoomUserEmail'>>;

/**
 * What the sentences are made of: the audit log's own texts, the Zoom states and reasons (the `zoom`
 * namespace's words), the shared words such as role names (the default namespace), instants in the
 * reader's zone and lists in the reader's language ("title, location and hiring team").
 */
export interface AuditWords {
  t: TFunction<'audit'>;
  zoomT: TFunction<'zoom'>;
  sharedT: TFunction;
  formatInstant: (iso: string) => string;
  formatList: (items: string[]) => string;
}

/** A recorded text, or null when it is missing or empty. */
export const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** A recorded count, or null. */
export const count = (value: unknown): number | null => (typeof value === 'number' ? value : null);
