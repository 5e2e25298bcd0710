import type { EmploymentType } from '@parley/api-contract';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';
import { jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { employmentTypeLabel, employmentTypeValues } from './job-labels.ts';

const jobFields = ['title', 'department', 'location', 'employmentType'] as const;

/** Admins create a job; it starts with the default stages and opens on its own page. */
export function NewJobPage() {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFieldForm(jobFields);
  const { fieldErrors } = form;
  const [title, setTitle] = useState('');
  const [department, setDepartment] = useState('');
  const [location, setLocation] = useState('');
  const [employmentType, setEmploymentType] = useState<EmploymentType>('full_time');

  async function send() {
    const job = await recruitingApi.createJob({
      title: title.trim(),
      department: department.trim(),
      location: location.trim(),
      employmentType,
    });
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
      <form
        ref={form.formRef}
        className="form card"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) =>
          form.submit(event, {
            validate: () => (title.trim() ? {} : { title: t('validation.required') }),
            send,
          })
        }
      >
        {form.submitError !== null && <ErrorAlert error={form.submitError} issues={form.unplacedIssues} />}
        <Field label={t('jobs.jobTitle')} error={fieldErrors.title}>
          {(control) => (
            <input
              {...control}
              name="title"
              maxLength={200}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('jobs.department')} error={fieldErrors.department}>
          {(control) => (
            <input
              {...control}
              name="department"
              maxLength={100}
              value={department}
              onChange={(event) => setDepartment(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('jobs.location')} error={fieldErrors.location}>
          {(control) => (
            <input
              {...control}
              name="location"
              maxLength={200}
              value={location}
              onChange={(event) => setLocation(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('jobs.employmentType')} error={fieldErrors.employmentType}>
          {(control) => (
            <select
              {...control}
              name="employmentType"
              value={employmentType}
              onChange={(event) =>
                setEmploymentType(
                  employmentTypeValues.find((type) => type === event.target.value) ?? employmentType,
                )
              }
            >
              {employmentTypeValues.map((type) => (
                <option key={type} value={type}>
                  {employmentTypeLabel(type, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions
          submitting={form.submitting}
          submit={t('jobs.create')}
          submittingLabel={t('jobs.creating')}
        />
      </form>
    </>
  );
}
