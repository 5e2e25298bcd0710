import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error.ts';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { candidateQuery, jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import {
  CandidateFields,
  type CandidateValues,
  candidateFieldNames,
  candidateInput,
  checkCandidateValues,
} from './candidate-fields.tsx';
import { DuplicateCandidateOffer } from './duplicate-candidate-offer.tsx';
import '../../styles/recruiting.css';
import { FieldForm } from '../../components/field-form.tsx';
import { FormActions } from '../../components/form-parts.tsx';

/**
 * Add a candidate, from the Candidates page or from a job (`?jobId=`, then they also apply to it). An
 * e-mail that already belongs to a candidate is never added twice: the page shows that candidate and
 * offers to open them or to merge what was typed into them.
 */
export function NewCandidatePage() {
  const { t } = useTranslation('recruiting');
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const jobId = useSearchParams()[0].get('jobId') ?? undefined;
  const job = useQuery({ ...jobQuery(jobId ?? ''), enabled: jobId !== undefined });
  const form = useFieldForm(candidateFieldNames);
  const [values, setValues] = useState<CandidateValues>({
    name: '',
    email: '',
    phone: '',
    timeZone: me.organization.timeZone,
    language: currentLanguage(),
    source: '',
    notes: '',
    tags: '',
  });
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);

  async function send() {
    setDuplicateOf(null);
    const created = await recruitingApi.createCandidate({ ...candidateInput(values), jobId });
    queryClient.setQueryData(candidateQuery(created.candidate.id).queryKey, created);
    void queryClient.invalidateQueries({ queryKey: recruitingKeys.candidates });
    if (jobId) void queryClient.invalidateQueries({ queryKey: recruitingKeys.job(jobId) });
    navigate(`/candidates/${created.candidate.id}`, {
      state: { notice: t('candidates.added', { name: created.candidate.name }) },
    });
  }

  function onError(error: unknown): boolean {
    const existingId = error instanceof ApiError ? error.metaString('existingCandidateId') : undefined;
    if (error instanceof ApiError && error.code === 'CANDIDATE_EMAIL_EXISTS' && existingId) {
      setDuplicateOf(existingId);
      return true;
    }
    return false;
  }

  const backTo = jobId ? `/jobs/${jobId}` : '/candidates';
  return (
    <>
      <p className="back-link">
        <Link to={backTo}>
          ← {jobId ? (job.data?.title ?? t('jobs.backToJobs')) : t('candidates.backToCandidates')}
        </Link>
      </p>
      <PageHeading
        documentTitle={t('candidates.new')}
        intro={job.data ? t('candidates.newForJob', { job: job.data.title }) : t('candidates.newIntro')}
      >
        {t('candidates.new')}
      </PageHeading>
      <FieldForm
        form={form}
        className="form card"
        onSubmit={(event) =>
          form.submit(event, { validate: () => checkCandidateValues(values, t), send, onError })
        }
      >
        {duplicateOf && (
          <DuplicateCandidateOffer
            existingId={duplicateOf}
            values={values}
            jobId={jobId}
            onMerged={(merged) =>
              navigate(`/candidates/${merged.id}`, {
                state: { notice: t('candidates.merged', { name: merged.name }) },
              })
            }
          />
        )}
        <CandidateFields
          values={values}
          errors={form.fieldErrors}
          onChange={(changed) => {
            if (changed.email !== values.email) setDuplicateOf(null);
            setValues(changed);
          }}
        />
        <FormActions
          submitting={form.submitting}
          submit={t('candidates.add')}
          submittingLabel={t('candidates.adding')}
        />
      </FieldForm>
    </>
  );
}
