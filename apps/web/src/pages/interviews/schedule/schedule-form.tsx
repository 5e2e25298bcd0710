import type { InterviewResponse, Job, Stage } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { isEditConflict } from '../../../components/edit-conflict.ts';
import { describeError, splitFieldIssues } from '../../../components/error-message.ts';
import { Loading } from '../../../components/loading.tsx';
import { formatFullTimeRange } from '../../../format/interview-time.ts';
import { hostPreviewQuery } from '../../../queries/interviews-queries.ts';
import { skipReasonKindText } from './host-explanation-text.ts';
import { InterviewerFields, PlaceFields } from './place-fields.tsx';
import {
  type DraftRange,
  draftFromInterview,
  draftFromStage,
  hostChanged,
  hostPreviewBodyOf,
  meetingMovesHost,
  needsMeeting,
  rangeOf,
  type ScheduleDraft,
  wallClockOf,
} from './schedule-draft.ts';
import { TimeFields } from './time-fields.tsx';
import { useBusyBlocks } from './use-busy-blocks.ts';
import { errorPlaceOf, hostIssuesOf, type ScheduleResult, useScheduleSubmit } from './use-schedule-submit.ts';
import { WebMeetingSection, ZoomBlockedNotice } from './web-meeting-section.tsx';
import { canMakeMeetings, defaultPlace, type ZoomUsability } from './zoom-usability.ts';

/**
 * The calendar widget (FullCalendar, ~75 kB of gzip) is a chunk of its own, requested as soon as this
 * module runs: the fields beside it work at once, and the page's first load stays within its budget
 * (scripts/check-web-size.ts measures both).
 */
const calendarModule = import('./week-calendar.tsx');
const WeekCalendar = lazy(async () => ({ default: (await calendarModule).WeekCalendar }));

export interface ScheduleFormProps {
  job: Job;
  stage: Stage;
  applicationId: string;
  candidate: { name: string; timeZone: string };
  interview: InterviewResponse | undefined;
  usability: ZoomUsability;
  isAdmin: boolean;
  /** The recruiter's zone: the calendar's axis and how the start time is read. */
  timeZone: string;
  onDone: (result: ScheduleResult) => void;
  onCancel?: (() => void) | undefined;
}

function initialDraft(props: ScheduleFormProps): ScheduleDraft {
  const draft = props.interview
    ? draftFromInterview(props.interview, props.timeZone)
    : draftFromStage(props.stage);
  // Without the organization's Zoom, only the recruiter's own Zoom can host; without either, no meeting.
  if (!props.usability.organization && draft.host.kind === 'automatic' && props.usability.ownZoom) {
    draft.host = { kind: 'own_zoom' };
  }
  // A new interview starts at a place that can be used; an existing one keeps its place until changed.
  if (!props.interview) draft.locationKind = defaultPlace(draft.locationKind, props.usability);
  if (!canMakeMeetings(props.usability) && draft.locationKind !== 'zoom') draft.video = false;
  return draft;
}

/** The people who can interview: the hiring team, plus anyone already on the interview. */
function interviewerChoices(job: Job, interview: InterviewResponse | undefined) {
  const people = job.hiringTeam.map(({ id, name }) => ({ id, name }));
  for (const person of interview?.interviewers ?? []) {
    if (!people.some((other) => other.id === person.id)) people.push(person);
  }
  return people;
}

/**
 * The schedule dialog's form: the week calendar and the time fields pick one range, then the people, the
 * place and the Web meeting with its host explanation. Create (or Save) is offered only when the time is
 * complete and, for a meeting, a host fits.
 */
export function ScheduleForm(props: ScheduleFormProps) {
  const { t, i18n } = useTranslation('interviews');
  const { usability, timeZone, interview } = props;
  const [draft, setDraft] = useState(() => initialDraft(props));
  const [week, setWeek] = useState<DraftRange | null>(null);
  const change = (part: Partial<ScheduleDraft>) => setDraft((current) => ({ ...current, ...part }));
  const submit = useScheduleSubmit({ applicationId: props.applicationId, timeZone, interview });

  const range = rangeOf(draft, timeZone);
  const meeting = needsMeeting(draft);
  const meetingPossible = canMakeMeetings(usability);
  const previewBody =
    range && meeting && meetingPossible ? hostPreviewBodyOf(draft, timeZone, interview?.id) : null;
  const preview = useQuery(hostPreviewQuery(previewBody));
  const hostFits = !meeting || preview.data?.explanation.chosen != null;
  const people = interviewerChoices(props.job, interview);
  const names = new Map([
    ...people.map((person) => [person.id, person.name] as const),
    ...usability.hosts.map((host) => [host.id, host.label] as const),
  ]);
  const busy = useBusyBlocks({
    week,
    interviewerIds: draft.interviewerIds,
    host: draft.host,
    meeting,
    usability,
    names,
    interviewId: interview?.id,
  });
  const words = { language: i18n.language, timeZone };
  const errorPlace = submit.error ? errorPlaceOf(submit.error) : null;
  // Rooms belong to the organization's Zoom account; a Zoom meeting may also be the recruiter's own.
  const placeBlocked = draft.locationKind === 'zoom_room' && !usability.organization;
  const ready =
    range !== null &&
    hostFits &&
    !(meeting && !meetingPossible) &&
    !placeBlocked &&
    !(draft.locationKind === 'zoom_room' && !draft.zoomRoomId);

  return (
    <form
      className="schedule-layout"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) submit.mutate(draft, { onSuccess: props.onDone });
      }}
    >
      <div className="schedule-calendar-column">
        <p className="schedule-zones">
          {t('schedule.calendar.zones', {
            timeZone,
            candidate: props.candidate.name,
            candidateTimeZone: props.candidate.timeZone,
          })}
        </p>
        <Suspense fallback={<Loading />}>
          <WeekCalendar
            language={i18n.language}
            timeZone={timeZone}
            candidateTimeZone={props.candidate.timeZone}
            date={draft.date}
            selection={range}
            selectionTitle={props.candidate.name}
            busy={busy}
            onPick={(startIso) => change(wallClockOf(startIso, timeZone))}
            onResize={(durationMinutes) => change({ durationMinutes })}
            onWeekChange={setWeek}
          />
        </Suspense>
      </div>
      <div className="schedule-side">
        {errorPlace === 'form' && <FormError error={submit.error} />}
        <TimeFields
          draft={draft}
          onChange={change}
          timeZone={timeZone}
          errors={errorPlace === 'time' ? timeErrors(submit.error) : {}}
        />
        {range ? (
          <RangeSummary range={range} timeZone={timeZone} candidate={props.candidate} />
        ) : (
          <p className="alert alert-info">
            {/* Without a usable Zoom no Web meeting options will come: the notice below says why. */}
            {meetingPossible ? t('schedule.time.pickHint') : t('schedule.time.pickHintWithoutMeeting')}
          </p>
        )}
        <InterviewerFields
          people={people}
          selected={draft.interviewerIds}
          onChange={(interviewerIds) => change({ interviewerIds })}
        />
        <PlaceFields draft={draft} onChange={change} zoomUsable={usability.organization} errors={{}} />
        {/* Why Zoom cannot be used stays in view from the start, not only once a time is chosen. */}
        {(placeBlocked || !meetingPossible) && (
          <ZoomBlockedNotice usability={usability} isAdmin={props.isAdmin} />
        )}
        {range && meetingPossible && (
          <WebMeetingSection
            usability={usability}
            isAdmin={props.isAdmin}
            zoomLocation={draft.locationKind === 'zoom'}
            video={draft.video}
            onVideoChange={(video) => change({ video })}
            host={draft.host}
            onHostChange={(host) => change({ host })}
            preview={previewBody}
            words={words}
          />
        )}
        {interview &&
          (hostChanged(draft, interview) || meetingMovesHost(interview, preview.data?.explanation)) && (
            <p className="alert alert-info">{t('schedule.webMeeting.linkChanges')}</p>
          )}
        {errorPlace === 'host' && <HostError error={submit.error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!ready || submit.isPending}>
            {submitLabel(t, interview !== undefined, submit.isPending)}
          </button>
          {props.onCancel && (
            <button type="button" className="button button-secondary" onClick={props.onCancel}>
              {t('schedule.actions.cancel')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}

function submitLabel(
  t: ReturnType<typeof useTranslation<'interviews'>>['t'],
  editing: boolean,
  busy: boolean,
) {
  if (busy) return t('schedule.actions.saving');
  return editing ? t('schedule.actions.save') : t('schedule.actions.create');
}

/** The server's complaints about the time, beside the date and duration fields. */
function timeErrors(error: unknown) {
  const { byField } = splitFieldIssues(error, ['startAt', 'timeZone', 'durationMinutes'] as const);
  return { startAt: byField.startAt ?? byField.timeZone, durationMinutes: byField.durationMinutes };
}

/** An edit conflict in our words (someone else changed it; the latest is shown); anything else as the server said. */
function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation('interviews');
  if (isEditConflict(error)) {
    return (
      <p className="alert alert-error" role="alert">
        {t('schedule.errors.editConflict')}
      </p>
    );
  }
  return <ErrorAlert error={error} />;
}

/** Nobody can host (or the Zoom connection broke): the server's sentence and each host's reason. */
function HostError({ error }: { error: unknown }) {
  const { t } = useTranslation('interviews');
  const { t: tShared } = useTranslation();
  const issues = hostIssuesOf(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error, tShared)}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.label}>
              {t('hostExplanation.skipped', {
                label: issue.label,
                reason: skipReasonKindText(issue.reasonKind, t),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The chosen range in the recruiter's zone and, beside it, on the candidate's clock. */
function RangeSummary({
  range,
  timeZone,
  candidate,
}: {
  range: DraftRange;
  timeZone: string;
  candidate: { name: string; timeZone: string };
}) {
  const { t, i18n } = useTranslation('interviews');
  const format = (zone: string) => formatFullTimeRange(range.start, range.end, i18n.language, zone);
  return (
    <div className="schedule-range" role="status" data-testid="schedule-range">
      <p>
        <strong>{t('schedule.time.yours', { range: format(timeZone), timeZone })}</strong>
      </p>
      <p className="text-muted">
        {t('schedule.time.candidates', {
          name: candidate.name,
          range: format(candidate.timeZone),
          timeZone: candidate.timeZone,
        })}
      </p>
    </div>
  );
}
