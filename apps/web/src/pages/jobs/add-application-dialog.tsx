import type { CandidateSummary, Job } from '@parley/api-contract';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { candidateListQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { PersonName } from '../candidates/person-name.tsx';

interface AddApplicationDialogProps {
  job: Job;
  onAdded: (candidate: CandidateSummary) => void;
  onClose: () => void;
}

/**
 * Adds an existing candidate to the job: a search over every candidate (the server's), and "Add" beside
 * each match. The candidate starts in the job's first stage.
 */
export function AddApplicationDialog({ job, onAdded, onClose }: AddApplicationDialogProps) {
  const { t } = useTranslation('recruiting');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const matches = useInfiniteQuery({ ...candidateListQuery({ search }), enabled: search !== '' });
  const found = matches.data?.pages[0]?.candidates ?? [];
  const add = useMutation({
    mutationFn: (candidate: CandidateSummary) =>
      recruitingApi.createApplication({ candidateId: candidate.id, jobId: job.id }),
    meta: { invalidates: [recruitingKeys.job(job.id), recruitingKeys.candidates] },
    onSuccess: (_application, candidate) => onAdded(candidate),
  });
  const alreadyApplied = add.error instanceof ApiError && add.error.code === 'ALREADY_APPLIED';
  return (
    <ModalDialog
      heading={t('applications.addExistingHeading', { job: job.title })}
      intro={t('applications.addExistingIntro')}
      size="large"
      onClose={onClose}
      footer={
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('applications.done')}
        </button>
      }
    >
      <Field label={t('candidates.search')} hint={t('candidates.searchHint')}>
        {(control) => (
          <input
            {...control}
            type="search"
            // biome-ignore lint/a11y/noAutofocus: the dialog is a search; focus starts in its box
            autoFocus
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        )}
      </Field>
      {alreadyApplied ? (
        <p className="alert alert-info" role="alert">
          {t('applications.alreadyAppliedTo', { name: add.variables?.name ?? '', job: job.title })}
        </p>
      ) : (
        add.error !== null && <ErrorAlert error={add.error} />
      )}
      {search === '' ? null : matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
      ) : found.length === 0 ? (
        <p className="empty-note">{t('candidates.noMatchTitle', { search })}</p>
      ) : (
        <ul className="pick-list">
          {found.map((candidate) => (
            <li key={candidate.id}>
              <span>
                <strong>
                  <PersonName name={candidate.name} />
                </strong>
                <span className="text-muted"> {candidate.email}</span>
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={add.isPending}
                aria-label={t('applications.addNamed', { name: candidate.name })}
                onClick={() => add.mutate(candidate)}
              >
                {add.isPending && add.variables.id === candidate.id
                  ? t('applications.adding')
                  : t('applications.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
