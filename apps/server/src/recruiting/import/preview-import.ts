import type { ImportMapping } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { findExistingEmails } from './import-candidates.ts';
import { parseCsv } from './parse-csv.ts';
import { guessMapping, malformed, readImportRows } from './read-import-rows.ts';

/** How many rows the preview shows. */
const sampleSize = 10;

/**
 * What an import would do, without doing it: the header, the mapping (guessed from the header when not
 * given), the first rows as read through it, how many rows would merge into existing candidates, and
 * every row's errors.
 */
export async function previewImport(db: Db, actor: Actor, csv: string, mapping?: ImportMapping) {
  const parsed = parseCsv(csv);
  if (!parsed.ok) {
    return {
      header: [],
      mapping: null,
      sample: [],
      rowCount: 0,
      mergeCount: 0,
      errors: [malformed(parsed.line)],
    };
  }
  const used = mapping ?? guessMapping(parsed.header);
  const base = { header: parsed.header, rowCount: parsed.records.length };
  if (!used) return { ...base, mapping: null, sample: [], mergeCount: 0, errors: [] };
  const { rows, errors } = readImportRows(parsed.records, used);
  const existing = await findExistingEmails(
    db,
    actor.organizationId,
    rows.map((row) => row.email),
  );
  return {
    ...base,
    mapping: used,
    sample: rows.slice(0, sampleSize).map(({ line, tags, timeZone, language, ...row }) => ({
      ...row,
      line: String(line),
      tags: tags.join(', '),
      timeZone: timeZone ?? '',
      language: language ?? '',
    })),
    mergeCount: existing.size,
    errors,
  };
}
