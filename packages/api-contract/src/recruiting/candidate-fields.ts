/*
 * The fields of a candidate that people type or import, in the order forms and the import show them.
 * Plain values, no zod: the web app imports them too.
 */
export const candidateFieldNames = [
  'name',
  'email',
  'phone',
  'timeZone',
  'language',
  'source',
  'notes',
  'tags',
] as const;
export type CandidateFieldName = (typeof candidateFieldNames)[number];
