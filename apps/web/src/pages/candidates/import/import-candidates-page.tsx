import type { ImportMapping, ImportPreview, ImportResult } from '@parley/api-contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/api-error.ts';
import type { ImportProgress } from '../../../api/recruiting-api.ts';
import { recruitingApi } from '../../../api/recruiting-client.ts';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { Field } from '../../../components/field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { jobQuery, openJobChoicesQuery, recruitingKeys } from '../../../queries/recruiting-queries.ts';
import { ImportPreviewView } from './import-preview-view.tsx';
import '../../../styles/recruiting.css';

/**
 * Candidates from a CSV file: the server reads the file and guesses the columns (English, German or
 * Japanese headers), the page shows the mapping, a sample and every row's problem; the import takes all
 * rows or none, optionally applying each to a job.
 */
export function ImportCandidatesPage() {
  const { t } = useTranslation('recruiting');
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [jobId, setJobId] = useState('');
  const [stageId, setStageId] = useState('');
  const jobs = useQuery(openJobChoicesQuery);
  const job = useQuery({ ...jobQuery(jobId), enabled: jobId !== '' });

  const preview = useMutation({
    mutationFn: (input: { csv: string; mapping?: ImportMapping }) =>
      recruitingApi.previewImport(input.csv, input.mapping),
    onSuccess: (answer: ImportPreview) => setMapping(answer.mapping),
  });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const run = useMutation({
    mutationFn: (input: { csv: string; mapping: ImportMapping }) => {
      setProgress(null);
      return recruitingApi.importCandidates(
        { ...input, ...(jobId && { jobId }), ...(jobId && stageId && { stageId }) },
        setProgress,
      );
    },
    meta: {
      invalidates: [
        recruitingKeys.candidates,
        recruitingKeys.jobLists,
        ...(jobId ? [recruitingKeys.job(jobId)] : []),
      ],
    },
  });

  async function chooseFile(file: File | undefined) {
    run.reset();
    setMapping(null);
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setFileName(file.name);
    preview.mutate({ csv: text });
  }

  function remap(changed: ImportMapping) {
    setMapping(changed);
    if (csv) preview.mutate({ csv, mapping: changed });
  }

  const answer = preview.data;
  const canImport = csv !== null && mapping !== null && answer !== undefined && answer.errors.length === 0;
  return (
    <>
      <p className="back-link">
        <Link to="/candidates">← {t('candidates.backToCandidates')}</Link>
      </p>
      <PageHeading documentTitle={t('import.title')} intro={t('import.intro')}>
        {t('import.title')}
      </PageHeading>
      <div className="form card">
        <Field label={t('import.file')} hint={t('import.fileHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => void chooseFile(event.target.files?.[0])}
            />
          )}
        </Field>
        {preview.isPending && <p role="status">{t('import.reading', { file: fileName })}</p>}
        {preview.error !== null && <ErrorAlert error={preview.error} />}
        {answer && (
          <ImportPreviewView
            preview={answer}
            mapping={mapping}
            busy={preview.isPending}
            onMappingChange={remap}
          />
        )}
        {answer && (
          <div className="form-inline import-target">
            <Field label={t('import.job')} hint={t('import.jobHint')}>
              {(control) => (
                <select
                  {...control}
                  value={jobId}
                  onChange={(event) => {
                    setJobId(event.target.value);
                    setStageId('');
                  }}
                >
                  <option value="">{t('import.noJob')}</option>
                  {(jobs.data?.jobs ?? []).map((each) => (
                    <option key={each.id} value={each.id}>
                      {each.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {jobId && (
              <Field label={t('applications.stage')}>
                {(control) => (
                  <select {...control} value={stageId} onChange={(event) => setStageId(event.target.value)}>
                    <option value="">{t('import.firstStage')}</option>
                    {[...(job.data?.stages ?? [])]
                      .sort((a, b) => a.position - b.position)
                      .map((stage) => (
                        <option key={stage.id} value={stage.id}>
                          {stage.name}
                        </option>
                      ))}
                  </select>
                )}
              </Field>
            )}
          </div>
        )}
        <ImportOutcome
          running={run.isPending}
          rowCount={answer?.rowCount ?? 0}
          progress={progress}
          result={run.data}
          error={run.error}
        />
        {answer && !run.isSuccess && (
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!canImport || run.isPending}
              onClick={() => csv && mapping && run.mutate({ csv, mapping })}
            >
              {t('import.run', { count: answer.rowCount })}
            </button>
          </div>
        )}
      </div>
    </>
  );
}

interface ImportOutcomeProps {
  running: boolean;
  rowCount: number;
  progress: ImportProgress | null;
  result: ImportResult | undefined;
  error: unknown;
}

/**
 * While importing, a progress bar of the rows written so far as the server reports them (the rows count
 * only once the whole file commits: all rows or none), then what happened or why nothing did.
 */
function ImportOutcome({ running, rowCount, progress, result, error }: ImportOutcomeProps) {
  const { t, i18n } = useTranslation('recruiting');
  if (running) {
    const number = new Intl.NumberFormat(i18n.language);
    const total = progress?.total ?? rowCount;
    return (
      <div className="import-progress" role="status">
        <p>{t('import.running', { count: total })}</p>
        <progress
          aria-label={t('import.running', { count: total })}
          {...(progress && { value: progress.processed, max: Math.max(progress.total, 1) })}
        />
        {progress && (
          <p>
            {t('import.progress', {
              processed: number.format(progress.processed),
              total: number.format(progress.total),
            })}
          </p>
        )}
      </div>
    );
  }
  if (result) {
    return (
      <div className="alert alert-success" role="status">
        <p>{t('import.done', { created: result.created, merged: result.merged, applied: result.applied })}</p>
        <Link to="/candidates">{t('candidates.backToCandidates')}</Link>
      </div>
    );
  }
  if (error instanceof ApiError && error.code === 'IMPORT_INVALID') {
    return (
      <div className="alert alert-error" role="alert">
        <p>{t('import.refused', { count: error.metaNumber('errorCount') ?? error.details.length })}</p>
        <ul>
          {error.details.slice(0, 50).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {t('import.rowError', { line: issue.path.split('.')[0] ?? '', message: issue.message })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!error) return null;
  return (
    <div className="import-failed">
      <p className="alert alert-error">{t('import.failed')}</p>
      <ErrorAlert error={error} />
    </div>
  );
}
