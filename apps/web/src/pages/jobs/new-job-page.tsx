import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { FieldForm } from '../../components/field-form.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';
import { jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { checkJobValues, JobFields, type JobValues, jobFieldNames, jobInput } from './job-fields.tsx';

const noJob: JobValues = { title: '', department: '', location: '', employmentType: 'full_time' };

/** Admins create a job; it starts with the default stages and opens on its own page. */
export function NewJobPage() {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFieldForm(jobFieldNames);
  const [values, setValues] = useState(noJob);

  async function send() {
    const job = await recruitingApi.createJob(jobInput(values));
    queryClient.setQueryData(jobQuery(job.id).queryKey, job);
    void queryClient.invalidateQueries({ queryKey: recruitingKeys.jobLists });
    navigate(`/jobs/${job.id}`);
  }

  return (
    <>
      <p className="back-link">
        <Link to="/jobs">← {t('jobs.backToJobs')}</Link>
      </p>
      <PageHeading documentTitle={t('jobs.newJob')} intro={t('jobs.newJobIntro')}>
        {t('jobs.newJob')}
      </PageHeading>
      <FieldForm
        form={form}
        className="form card"
        onSubmit={(event) => form.submit(event, { validate: () => checkJobValues(values, t), send })}
      >
        <JobFields
          values={values}
          errors={form.fieldErrors}
          onChange={(changes) => setValues({ ...values, ...changes })}
        />
        <FormActions
          submitting={form.submitting}
          submit={t('jobs.create')}
          submittingLabel={t('jobs.creating')}
        />
      </FieldForm>
    </>
  );
}
