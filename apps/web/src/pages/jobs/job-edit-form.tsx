import type { EmploymentType, Job, TeamMember } from '@parley/api-contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { Field, TextField } from '../../components/field.tsx';
import { CheckboxChoice, FormActions, FormProblems } from '../../components/form-parts.tsx';
import { roleLabel } from '../../components/role-label.ts';
import { useEditForm } from '../../components/use-edit-form.ts';
import { membersQuery } from '../../queries/accounts-queries.ts';
import { jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { employmentTypeLabel, employmentTypeValues } from './job-labels.ts';

const jobFields = ['title', 'department', 'location', 'employmentType', 'hiringTeam'] as const;

interface JobValues {
  title: string;
  department: string;
  location: string;
  employmentType: EmploymentType;
  hiringTeam: string[];
}

const valuesOf = (job: Job): JobValues => ({ ...job, hiringTeam: job.hiringTeam.map((member) => member.id) });

/**
 * Edits a job's title, department, location, employment type and its hiring team (chosen from the
 * organization's members, which admins and recruiters may read). The change carries the version the form started from: when someone else saved
 * first, the form says so and shows their version.
 */
export function JobEditForm({ job, onDone }: { job: Job; onDone: () => void }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const form = useEditForm({
    fields: jobFields,
    start: job,
    valuesOf,
    fetchLatest: () => queryClient.fetchQuery({ ...jobQuery(job.id), staleTime: 0 }),
  });
  const { base, values } = form;
  const set = (changes: Partial<JobValues>) => form.setValues({ ...values, ...changes });

  async function send() {
    const saved = await recruitingApi.updateJob(base.id, {
      version: base.version,
      title: values.title.trim(),
      department: values.department.trim(),
      location: values.location.trim(),
      employmentType: values.employmentType,
      hiringTeam: values.hiringTeam,
    });
    queryClient.setQueryData(jobQuery(base.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: recruitingKeys.jobLists });
    onDone();
  }

  return (
    <form
      ref={form.formRef}
      className="form card section"
      noValidate
      aria-labelledby="edit-job-heading"
      onSubmit={(event: FormEvent<HTMLFormElement>) =>
        form.submit(event, {
          validate: () => (values.title.trim() ? {} : { title: t('validation.required') }),
          send,
        })
      }
    >
      <h2 id="edit-job-heading">{t('jobs.edit.heading')}</h2>
      <FormProblems form={form} conflictNotice={t('jobs.conflict')} />
      <TextField
        label={t('jobs.jobTitle')}
        error={form.fieldErrors.title}
        name="title"
        maxLength={200}
        value={values.title}
        onChange={(title) => set({ title })}
      />
      <TextField
        label={t('jobs.department')}
        error={form.fieldErrors.department}
        name="department"
        maxLength={100}
        value={values.department}
        onChange={(department) => set({ department })}
      />
      <TextField
        label={t('jobs.location')}
        error={form.fieldErrors.location}
        name="location"
        maxLength={200}
        value={values.location}
        onChange={(location) => set({ location })}
      />
      <Field label={t('jobs.employmentType')} error={form.fieldErrors.employmentType}>
        {(control) => (
          <select
            {...control}
            name="employmentType"
            value={values.employmentType}
            onChange={(event) =>
              set({
                employmentType:
                  employmentTypeValues.find((type) => type === event.target.value) ?? values.employmentType,
              })
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
      <HiringTeamChoice
        chosen={values.hiringTeam}
        error={form.fieldErrors.hiringTeam}
        onChange={(hiringTeam) => set({ hiringTeam })}
      />
      <FormActions
        submitting={form.submitting}
        submit={t('jobs.edit.save')}
        submittingLabel={t('jobs.edit.saving')}
        onCancel={onDone}
      />
    </form>
  );
}

interface HiringTeamChoiceProps {
  chosen: string[];
  error: string | undefined;
  onChange: (userIds: string[]) => void;
}

/** The organization's active recruiters and interviewers, each a checkbox: the job's hiring team. */
function HiringTeamChoice({ chosen, error, onChange }: HiringTeamChoiceProps) {
  const { t } = useTranslation('recruiting');
  const { t: sharedT } = useTranslation();
  const members = useQuery(membersQuery);
  const people = (members.data ?? []).filter((member: TeamMember) => member.role !== 'admin');
  return (
    <fieldset className="field hiring-team-choice">
      <legend>{t('jobs.edit.hiringTeam')}</legend>
      <p className="field-hint">{t('jobs.edit.hiringTeamHint')}</p>
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.isSuccess && people.length === 0 && <p className="empty-note">{t('jobs.edit.noPeople')}</p>}
      <CheckboxChoice
        items={people.map((user) => ({
          id: user.id,
          label: (
            <>
              {user.name} <span className="text-muted">({roleLabel(user.role, sharedT)})</span>
            </>
          ),
        }))}
        chosen={chosen}
        onChange={onChange}
      />
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
