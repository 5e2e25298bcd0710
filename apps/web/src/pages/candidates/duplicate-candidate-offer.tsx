import type { Candidate } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/api-error.ts';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { Loading } from '../../components/loading.tsx';
import { candidateQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { type CandidateValues, candidateInput } from './candidate-fields.tsx';
import { PersonName } from './person-name.tsx';

interface DuplicateCandidateOfferProps {
  existingId: string;
  /** What the person typed, merged into the existing candidate on request. */
  values: CandidateValues;
  /** The job the new candidate was to apply to; the merged one applies instead. */
  jobId: string | undefined;
  onMerged: (candidate: Candidate) => void;
}

/**
 * The answer to an e-mail that already belongs to a candidate: who that is, a link to them, and "Merge":
 * blanks filled, tags added, notes appended, nothing overwritten (the server's merge). Takes the focus,
 * so keyboard and screen-reader users learn why nothing was added.
 */
export function DuplicateCandidateOffer({
  existingId,
  values,
  jobId,
  onMerged,
}: DuplicateCandidateOfferProps) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const existing = useQuery(candidateQuery(existingId));
  const regionRef = useRef<HTMLElement>(null);
  useEffect(() => regionRef.current?.focus(), []);

  const merge = useMutation({
    mutationFn: async (candidate: Candidate) => {
      const { name, phone, source, notes, tags } = candidateInput(values);
      const merged = await recruitingApi.mergeCandidate(candidate.id, {
        version: candidate.version,
        name,
        phone,
        source,
        notes,
        tags,
      });
      if (jobId) await applyUnlessApplied(merged.candidate.id, jobId);
      return merged;
    },
    meta: { invalidates: [recruitingKeys.candidates, ...(jobId ? [recruitingKeys.job(jobId)] : [])] },
    onSuccess: (merged) => {
      queryClient.setQueryData(candidateQuery(merged.candidate.id).queryKey, merged);
      onMerged(merged.candidate);
    },
    onError: (error) => {
      if (isEditConflict(error)) void existing.refetch();
    },
  });

  const candidate = existing.data?.candidate;
  return (
    <section
      ref={regionRef}
      tabIndex={-1}
      className="alert alert-warning duplicate-offer"
      aria-labelledby="duplicate-heading"
    >
      <h2 id="duplicate-heading">{t('candidates.duplicate.heading')}</h2>
      {existing.isPending ? (
        <Loading />
      ) : !candidate ? (
        <ErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />
      ) : (
        <>
          <p>{t('candidates.duplicate.text', { email: candidate.email })}</p>
          <dl className="facts">
            <div>
              <dt>{t('candidates.fields.name')}</dt>
              <dd>
                <PersonName name={candidate.name} />
              </dd>
            </div>
            <div>
              <dt>{t('candidates.fields.email')}</dt>
              <dd>{candidate.email}</dd>
            </div>
            {candidate.phone && (
              <div>
                <dt>{t('candidates.fields.phone')}</dt>
                <dd>{candidate.phone}</dd>
              </div>
            )}
          </dl>
          <p>{t('candidates.duplicate.mergeExplained')}</p>
          {merge.error !== null &&
            (isEditConflict(merge.error) ? (
              <p role="alert">{t('jobs.conflict')}</p>
            ) : (
              <ErrorAlert error={merge.error} />
            ))}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={merge.isPending}
              onClick={() => merge.mutate(candidate)}
            >
              {merge.isPending
                ? t('candidates.duplicate.merging')
                : t('candidates.duplicate.merge', { name: candidate.name })}
            </button>
            <Link className="button button-secondary" to={`/candidates/${candidate.id}`}>
              {t('candidates.duplicate.open', { name: candidate.name })}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

/** Applies the candidate to the job; that they already applied is what the person wanted anyway. */
async function applyUnlessApplied(candidateId: string, jobId: string): Promise<void> {
  try {
    await recruitingApi.createApplication({ candidateId, jobId });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'ALREADY_APPLIED')) throw error;
  }
}
