import {
  createCandidateBodySchema,
  type ImportField,
  type ImportMapping,
  importFields,
} from '@parley/api-contract';
import type { CsvRecord } from './parse-csv.ts';

/** A valid row of an import, read through the mapping. */
export interface ImportRow {
  line: number;
  name: string;
  email: string;
  phone: string;
  timeZone?: string;
  language?: 'en' | 'de' | 'ja';
  source: string;
  notes: string;
  tags: string[];
}

/** A problem of one row; `message` is a validation message key the server translates. */
export interface ImportRowError {
  line: number;
  field: string;
  message: string;
}

/**
 * Header names (lower-case) that map to each field without asking, in English, German and Japanese — the
 * words Parley's own pages use ("Kandidat:in", 候補者) as well as the common older ones.
 */
const headerNames: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'full name',
    'candidate',
    'vollständiger name',
    'kandidat:in',
    'bewerber',
    '氏名',
    '名前',
    '候補者名',
    '応募者名',
  ],
  email: ['email', 'e-mail', 'email address', 'e-mail-adresse', 'mail', 'メール', 'メールアドレス'],
  phone: ['phone', 'telephone', 'telefon', 'telefonnummer', 'mobile', '電話', '電話番号'],
  timeZone: ['time zone', 'timezone', 'zeitzone', 'タイムゾーン'],
  language: ['language', 'sprache', '言語'],
  source: ['source', 'quelle', 'herkunft', '応募経路', '流入元'],
  notes: ['notes', 'note', 'notizen', 'bemerkungen', 'メモ', '備考'],
  tags: ['tags', 'tag', 'schlagwörter', 'タグ'],
};

/** The mapping the header suggests; undefined unless it names both the name and the e-mail column. */
export function guessMapping(header: readonly string[]): ImportMapping | undefined {
  const mapping: Partial<Record<ImportField, number>> = {};
  for (const field of importFields) {
    const index = header.findIndex((name) => headerNames[field].includes(name.trim().toLowerCase()));
    if (index >= 0) mapping[field] = index;
  }
  return mapping.name !== undefined && mapping.email !== undefined ? (mapping as ImportMapping) : undefined;
}

/**
 * Reads records through the mapping and checks each with the same rules as the add form. An e-mail
 * appearing twice in the file is an error on the later line: one file never creates two candidates
 * for one person.
 */
export function readImportRows(records: readonly CsvRecord[], mapping: ImportMapping) {
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineByEmail = new Map<string, number>();
  for (const record of records) {
    const cell = (field: ImportField) => {
      const index = mapping[field];
      return index === undefined ? undefined : (record.cells[index] ?? '').trim();
    };
    const optional = (field: ImportField) => cell(field) || undefined;
    const parsed = createCandidateBodySchema.safeParse({
      name: cell('name'),
      email: cell('email'),
      phone: optional('phone'),
      timeZone: optional('timeZone'),
      language: optional('language')?.toLowerCase(),
      source: optional('source'),
      notes: optional('notes'),
      tags: optional('tags')
        ?.split(/[;,|]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'name');
        errors.push({ line: record.line, field, message: rowErrorMessage(field, issue.message) });
      }
      continue;
    }
    const { jobId: _jobId, stageId: _stageId, ...row } = parsed.data;
    const earlier = firstLineByEmail.get(row.email);
    if (earlier !== undefined) {
      errors.push({ line: record.line, field: 'email', message: 'validation.duplicateInFile' });
      continue;
    }
    firstLineByEmail.set(row.email, record.line);
    rows.push({ line: record.line, ...row });
  }
  return { rows, errors };
}

/** Parley's own message keys pass through; zod's own wording is replaced by the field's rule. */
function rowErrorMessage(field: string, message: string): string {
  if (message.startsWith('validation.')) return message;
  const byField: Record<string, string> = {
    name: 'validation.required',
    email: 'validation.email',
    timeZone: 'validation.timeZone',
    language: 'validation.language',
  };
  return byField[field] ?? 'validation.tooLong';
}

/** The error of a file that is not CSV from `line` on. */
export function malformed(line: number): ImportRowError {
  return { line, field: 'csv', message: 'validation.csvMalformed' };
}
