import { ApiError } from '../api/api-error.ts';

/**
 * Whether a change failed because someone else changed the same thing first (the `version` it carried
 * was stale): the page then says so in its own words and shows the latest state.
 */
export function isEditConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'EDIT_CONFLICT' || error.status === 412);
}
