import type { Language, ZoomProblem } from '@parley/api-contract';
import { describeZoomProblem, describeZoomStatusReason } from '../../i18n/zoom-messages.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';

/** An instant for the API, or null. */
export const isoOrNull = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** The problem to show: the last check's, else the status reason's, in words. */
export function zoomProblemView(row: ZoomConnectionRow, language: Language): ZoomProblem | null {
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
