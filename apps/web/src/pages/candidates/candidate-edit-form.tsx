import type { Candidate } from '@parley/api-contract';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { EditFormCard } from '../../components/form-parts.tsx';
import { useEditForm } from '../../components/use-edit-form.ts';
import { candidateQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import {
  CandidateFields,
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
  const form = useEditForm({
    fields: candidateFieldNames,
    start: candidate,
    valuesOf,
    fetchLatest: async () =>
      (await queryClient.fetchQuery({ ...candidateQuery(candidate.id), staleTime: 0 })).candidate,
  });
  const { base, values } = form;

  async function send() {
    const saved = await recruitingApi.updateCandidate(base.id, {
      ...candidateInput(values),
      version: base.version,
    });
    queryClient.setQueryData(candidateQuery(base.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: recruitingKeys.candidates });
    onDone();
  }

  return (
    <EditFormCard
      form={form}
      heading={t('candidates.editHeading')}
      conflictNotice={t('jobs.conflict')}
      onSubmit={(event) => form.submit(event, { validate: () => checkCandidateValues(values, t), send })}
      submit={t('candidates.save')}
      submittingLabel={t('candidates.saving')}
      onCancel={onDone}
    >
      <CandidateFields values={values} errors={form.fieldErrors} onChange={form.setValues} />
    </EditFormCard>
  );
}
