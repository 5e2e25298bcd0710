import type { Candidate } from '@parley/api-contract';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';
import { candidateQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { isEditConflict } from '../jobs/edit-conflict.ts';
import {
  CandidateFields,
  type CandidateValues,
  candidateFieldNames,
  candidateInput,
  checkCandidateValues,
  valuesOf,
} from './candidate-fields.tsx';

/**
 * Edits a candidate. The change carries the version the form started from; when someone else saved
 * first, the form says so and shows their version, so nobody overwrites a change they never saw.
 */
export function CandidateEditForm({ candidate, onDone }: { candidate: Candidate; onDone: () => void }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const form = useFieldForm(candidateFieldNames);
  const [values, setValues] = useState<CandidateValues>(() => valuesOf(candidate));
  const [base, setBase] = useState(candidate);
  const [conflict, setConflict] = useState(false);

  async function send() {
    const saved = await recruitingApi.updateCandidate(base.id, {
      ...candidateInput(values),
      version: base.version,
    });
    queryClient.setQueryData(candidateQuery(base.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: recruitingKeys.candidates });
    onDone();
  }

  function onError(error: unknown): boolean {
    if (!isEditConflict(error)) return false;
    setConflict(true);
    void queryClient.fetchQuery({ ...candidateQuery(base.id), staleTime: 0 }).then((latest) => {
      setBase(latest.candidate);
      setValues(valuesOf(latest.candidate));
    });
    return true;
  }

  return (
    <form
      ref={form.formRef}
      className="form card section"
      noValidate
      aria-labelledby="edit-candidate-heading"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        setConflict(false);
        form.submit(event, { validate: () => checkCandidateValues(values, t), send, onError });
      }}
    >
      <h2 id="edit-candidate-heading">{t('candidates.editHeading')}</h2>
      {conflict && (
        <p className="alert alert-warning" role="alert">
          {t('jobs.conflict')}
        </p>
      )}
      {form.submitError !== null && <ErrorAlert error={form.submitError} issues={form.unplacedIssues} />}
      <CandidateFields values={values} errors={form.fieldErrors} onChange={setValues} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t('candidates.saving') : t('candidates.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
