import type { InterviewResponse } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { applicationQuery, jobQuery } from '../../../queries/recruiting-queries.ts';
import {
  hostCandidatesQuery,
  organizationZoomQuery,
  personalZoomQuery,
} from '../../../queries/zoom-queries.ts';
import { useMe } from '../../../session/session-context.tsx';
import { ScheduleForm } from './schedule-form.tsx';
import '../../../styles/schedule.css';
import type { ScheduleResult } from './use-schedule-submit.ts';
import { zoomUsability } from './zoom-usability.ts';

export type { ScheduleResult } from './use-schedule-submit.ts';

export interface ScheduleInterviewProps {
  jobId: string;
  applicationId: string;
  /**
   * The interview to reschedule or re-host: its current range is preselected, a save sends only what
   * changed (`PATCH` with its version, then `POST :id/host` when the host changed). Without it, a new
   * interview is created.
   */
  interview?: InterviewResponse | undefined;
  /** After the server accepted: e.g. go to the interview, or close the dialog. */
  onDone: (result: ScheduleResult) => void;
  /** Shows a Cancel button that calls this (a dialog on the interview page). */
  onCancel?: (() => void) | undefined;
}

/**
 * The schedule dialog: one range in a week calendar (FullCalendar's time grid, in the recruiter's zone
 * with the candidate's beside it), the interviewers, the place and the Web meeting with who hosts it and
 * why. Used for a new interview (the schedule page) and to reschedule or change the host of an existing
 * one (the interview page). It brings FullCalendar (~60 kB gzip): import it lazily where it is not the
 * page's main content.
 */
export function ScheduleInterview(props: ScheduleInterviewProps) {
  const me = useMe();
  const job = useQuery(jobQuery(props.jobId));
  const application = useQuery({ ...applicationQuery(props.applicationId), enabled: !props.interview });
  const organization = useQuery(organizationZoomQuery);
  const personal = useQuery(personalZoomQuery);
  const hosts = useQuery(hostCandidatesQuery);
  const reads = [job, organization, personal, hosts, ...(props.interview ? [] : [application])];
  const failed = reads.find((read) => read.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!job.data || !organization.data || !personal.data || !hosts.data) return <Loading />;
  const stageId = props.interview?.stage.id ?? application.data?.stageId;
  const candidate = props.interview?.candidate ?? application.data?.candidate;
  if (!props.interview && !application.data) return <Loading />;
  const stage = job.data.stages.find((one) => one.id === stageId);
  if (!stage || !candidate) return <StageGone />;
  if (application.data && !props.interview && !application.data.canSchedule) return <CannotSchedule />;
  return (
    <ScheduleForm
      job={job.data}
      stage={stage}
      applicationId={props.applicationId}
      candidate={candidate}
      interview={props.interview}
      usability={zoomUsability(organization.data, personal.data, hosts.data)}
      isAdmin={me.user.role === 'admin'}
      timeZone={me.user.timeZone}
      onDone={props.onDone}
      onCancel={props.onCancel}
    />
  );
}

/** The application's stage is no longer on the job (deleted meanwhile): nothing to schedule against. */
function StageGone() {
  const { t } = useTranslation('interviews');
  return <p className="alert alert-error">{t('schedule.errors.stageGone')}</p>;
}

/**
 * The application is closed or not in an interview stage (a bookmarked or typed address): say so before
 * the recruiter fills in the form, instead of refusing it at Create.
 */
function CannotSchedule() {
  const { t } = useTranslation('interviews');
  return <p className="alert alert-error">{t('schedule.errors.cannotSchedule')}</p>;
}
