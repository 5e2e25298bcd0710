/** One record of a CSV file and the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A CSV file read into its header and records, or the line where it stopped making sense. */
export type CsvParseResult =
  | { ok: true; header: string[]; records: CsvRecord[] }
  | { ok: false; line: number };

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted cells with `""` for a quote and line breaks inside
 * quotes, CRLF or LF, a UTF-8 byte order mark. The separator is the one the header line uses most of
 * comma, semicolon (German Excel) or tab. Empty lines are skipped.
 */
export function parseCsv(csv: string): CsvParseResult {
  const textBody = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const separator = detectSeparator(textBody.slice(0, textBody.search(/\r?\n|$/)));
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let index = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (index < textBody.length) {
    const character = textBody[index]!;
    if (quoted) {
      if (character === '"' && textBody[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (character === '"') quoted = false;
      else {
        if (character === '\n') line += 1;
        cell += character;
      }
      index += 1;
      continue;
    }
    if (character === '"' && cell === '') quoted = true;
    else if (character === separator) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && textBody[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (character === '"') return { ok: false, line };
    else cell += character;
    index += 1;
  }
  if (quoted) return { ok: false, line: recordLine };
  endRecord();
  const [header, ...rest] = records;
  if (!header) return { ok: false, line: 1 };
  return { ok: true, header: header.cells.map((name) => name.trim()), records: rest };
}

function detectSeparator(headerLine: string): string {
  const counts = [',', ';', '\t'].map(
    (separator) => [separator, headerLine.split(separator).length] as const,
  );
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}
