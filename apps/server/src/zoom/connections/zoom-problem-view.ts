import type { Language } from '../../db/schema.ts';
import { describeZoomProblem, describeZoomStatusReason } from '../../i18n/zoom-messages.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';

/** The connection statuses of the contract, including the two that are not stored. */
export type ZoomConnectionStatusView =
  | 'not_connected'
  | 'awaiting_authorization'
  | 'connected'
  | 'needs_reconnect'
  | 'removed_in_zoom';

/** docs/zoom-api.md `ZoomProblem`: what is wrong, in the reader's language. */
export interface ZoomProblemView {
  code: string;
  message: string;
  zoomCode?: number;
  missingScopes?: string[];
}

/** An instant for the API, or null. */
export const isoOrNull = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** The problem to show: the last check's, else the status reason's, in words. */
export function zoomProblemView(row: ZoomConnectionRow, language: Language): ZoomProblemView | null {
  const problem = row.lastCheckProblem;
  if (problem) {
    return {
      code: problem.code,
      message: describeZoomProblem(problem, language),
      ...(problem.zoomCode === undefined ? {} : { zoomCode: problem.zoomCode }),
      ...(problem.missingScopes?.length ? { missingScopes: problem.missingScopes } : {}),
    };
  }
  if (row.status !== 'connected' && row.statusReason) {
    return { code: row.statusReason, message: describeZoomStatusReason(row.statusReason, language) };
  }
  return null;
}
