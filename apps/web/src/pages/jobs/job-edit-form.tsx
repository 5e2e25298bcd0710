import type { Job, TeamMember } from '@parley/api-contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { CheckboxChoice, EditFormCard } from '../../components/form-parts.tsx';
import { roleLabel } from '../../components/role-label.ts';
import { useEditForm } from '../../components/use-edit-form.ts';
import { membersQuery } from '../../queries/accounts-queries.ts';
import { jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { checkJobValues, JobFields, type JobValues, jobFieldNames, jobInput } from './job-fields.tsx';

const jobEditFields = [...jobFieldNames, 'hiringTeam'] as const;

interface JobEditValues extends JobValues {
  hiringTeam: string[];
}

const valuesOf = (job: Job): JobEditValues => ({
  ...job,
  hiringTeam: job.hiringTeam.map((member) => member.id),
});

/**
 * Edits a job's title, department, location, employment type and its hiring team (chosen from the
 * organization's members, which admins and recruiters may read). The change carries the version the form started from: when someone else saved
 * first, the form says so and shows their version.
 */
export function JobEditForm({ job, onDone }: { job: Job; onDone: () => void }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const form = useEditForm({
    fields: jobEditFields,
    start: job,
    valuesOf,
    fetchLatest: () => queryClient.fetchQuery({ ...jobQuery(job.id), staleTime: 0 }),
  });
  const { base, values } = form;
  const set = (changes: Partial<JobEditValues>) => form.setValues({ ...values, ...changes });

  async function send() {
    const saved = await recruitingApi.updateJob(base.id, {
      version: base.version,
      ...jobInput(values),
      hiringTeam: values.hiringTeam,
    });
    queryClient.setQueryData(jobQuery(base.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: recruitingKeys.jobLists });
    onDone();
  }

  return (
    <EditFormCard
      form={form}
      heading={t('jobs.edit.heading')}
      conflictNotice={t('jobs.conflict')}
      onSubmit={(event) => form.submit(event, { validate: () => checkJobValues(values, t), send })}
      submit={t('jobs.edit.save')}
      submittingLabel={t('jobs.edit.saving')}
      onCancel={onDone}
    >
      <JobFields values={values} errors={form.fieldErrors} onChange={set} />
      <HiringTeamChoice
        chosen={values.hiringTeam}
        error={form.fieldErrors.hiringTeam}
        onChange={(hiringTeam) => set({ hiringTeam })}
      />
    </EditFormCard>
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
