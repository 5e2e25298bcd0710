import type { ImportField, ImportMapping, ImportPreview } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { Field } from '../../../components/field.tsx';

/** The contract's import fields, repeated as a typed list (a value import would bring zod). */
const fieldSet: Record<ImportField, true> = {
  name: true,
  email: true,
  phone: true,
  timeZone: true,
  language: true,
  source: true,
  notes: true,
  tags: true,
};
const importFields = Object.keys(fieldSet) as ImportField[];

function fieldLabel(field: ImportField, t: TFunction<'recruiting'>): string {
  switch (field) {
    case 'name':
      return t('candidates.fields.name');
    case 'email':
      return t('candidates.fields.email');
    case 'phone':
      return t('candidates.fields.phone');
    case 'timeZone':
      return t('candidates.fields.timeZone');
    case 'language':
      return t('candidates.fields.language');
    case 'source':
      return t('candidates.fields.source');
    case 'notes':
      return t('candidates.fields.notes');
    case 'tags':
      return t('candidates.fields.tags');
  }
}

interface ImportPreviewViewProps {
  preview: ImportPreview;
  mapping: ImportMapping | null;
  busy: boolean;
  onMappingChange: (mapping: ImportMapping) => void;
}

/** The file as the server read it: which column feeds which field, the first rows, and each row's problem. */
export function ImportPreviewView({ preview, mapping, busy, onMappingChange }: ImportPreviewViewProps) {
  const { t } = useTranslation('recruiting');
  const current: Partial<ImportMapping> = mapping ?? {};
  const mappedFields = importFields.filter((field) => current[field] !== undefined);
  function choose(field: ImportField, value: string) {
    const next: Partial<ImportMapping> = { ...current };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    if (next.name !== undefined && next.email !== undefined) onMappingChange(next as ImportMapping);
  }
  return (
    <section className="section" aria-labelledby="import-preview-heading" aria-busy={busy}>
      <h2 id="import-preview-heading">{t('import.preview')}</h2>
      <p>{t('import.summary', { count: preview.rowCount, merged: preview.mergeCount })}</p>
      {mapping === null && <p className="alert alert-warning">{t('import.noMapping')}</p>}
      <fieldset className="import-mapping">
        <legend>{t('import.mapping')}</legend>
        {importFields.map((field) => (
          <Field key={field} label={fieldLabel(field, t)}>
            {(control) => (
              <select
                {...control}
                value={current[field] ?? ''}
                onChange={(event) => choose(field, event.target.value)}
              >
                <option value="">{t('import.notImported')}</option>
                {preview.header.map((column, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a column is its place in the file (the mapping's value)
                  <option key={index} value={index}>
                    {column}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
      {preview.errors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <p>{t('import.errors', { count: preview.errors.length })}</p>
          <ul>
            {preview.errors.slice(0, 50).map((error) => (
              <li key={`${error.line}:${error.field}`}>
                {t('import.rowError', { line: error.line, message: error.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.sample.length > 0 && (
        <DataTable
          caption={t('import.sample')}
          captionShown
          columns={mappedFields.map((field) => fieldLabel(field, t))}
        >
          {preview.sample.map((row) => (
            <tr key={row.line}>
              {mappedFields.map((field) => (
                <td key={field}>{row[field] ?? ''}</td>
              ))}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
