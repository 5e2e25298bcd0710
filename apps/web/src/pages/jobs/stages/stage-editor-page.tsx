import type { Job } from '@parley/api-contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { recruitingApi } from '../../../api/recruiting-client.ts';
import { SuccessMessage } from '../../../components/alerts.tsx';
import { Field } from '../../../components/field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useFieldForm } from '../../../components/use-field-form.ts';
import { QueryView } from '../../../queries/query-view.tsx';
import { jobQuery } from '../../../queries/recruiting-queries.ts';
import { StageList } from './stage-list.tsx';
import '../../../styles/recruiting.css';
import { FieldForm } from '../../../components/field-form.tsx';
import { FormActions } from '../../../components/form-parts.tsx';

/** The pipeline of a job: its stages in order, each editable, and a new one at the end. */
export function StageEditorPage() {
  const { t } = useTranslation('recruiting');
  const { jobId = '' } = useParams();
  const job = useQuery(jobQuery(jobId));
  return (
    <>
      <p className="back-link">
        <Link to={`/jobs/${jobId}`}>← {job.data?.title ?? t('jobs.backToJobs')}</Link>
      </p>
      <QueryView query={job}>
        {(loaded) => (
          <>
            <PageHeading
              documentTitle={t('stages.title', { job: loaded.title })}
              intro={t('stages.pageIntro')}
            >
              {t('stages.title', { job: loaded.title })}
            </PageHeading>
            <StageList job={loaded} />
            <AddStageForm job={loaded} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** A new stage at the end of the pipeline; an interview stage starts with the server's defaults. */
function AddStageForm({ job }: { job: Job }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const form = useFieldForm(['name'] as const);
  const [name, setName] = useState('');
  const [isInterview, setIsInterview] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  async function send() {
    const changed = await recruitingApi.addStage(job.id, { name: name.trim(), isInterview });
    queryClient.setQueryData(jobQuery(job.id).queryKey, changed);
    setAdded(t('stages.added', { stage: name.trim() }));
    setName('');
    setIsInterview(false);
  }

  return (
    <FieldForm
      form={form}
      className="form card section"
      aria-labelledby="add-stage-heading"
      onSubmit={(event) => {
        setAdded(null);
        form.submit(event, { validate: () => (name.trim() ? {} : { name: t('validation.required') }), send });
      }}
      above={
        <>
          <h2 id="add-stage-heading">{t('stages.add')}</h2>
          <SuccessMessage>{added}</SuccessMessage>
        </>
      }
    >
      <Field label={t('stages.name')} error={form.fieldErrors.name}>
        {(control) => (
          <input {...control} maxLength={80} value={name} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={isInterview}
          onChange={(event) => setIsInterview(event.target.checked)}
        />{' '}
        {t('stages.isInterview')}
      </label>
      <FormActions
        submitting={form.submitting}
        submit={t('stages.addButton')}
        submittingLabel={t('stages.adding')}
      />
    </FieldForm>
  );
}
