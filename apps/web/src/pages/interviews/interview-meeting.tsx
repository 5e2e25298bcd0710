import type { InterviewResponse } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { interviewsApi } from '../../api/interviews-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { EditConflictAlert } from './edit-conflict-alert.tsx';
import { MeetingDeletedInZoom, MeetingDrift } from './meeting-change-banners.tsx';
import { meetingFailureText } from './meeting-failure.ts';
import { useInterviewChange } from './use-interview-change.ts';

type Meeting = NonNullable<InterviewResponse['meeting']>;

/** What each part of the meeting card reads: the interview, its meeting, and whether the viewer may act. */
interface MeetingPartProps {
  interview: InterviewResponse;
  meeting: Meeting;
  canEdit: boolean;
}

/**
 * The interview's Zoom meeting: being created or updated, live with its join link (passcode for
 * admins and recruiters, Start for the host and the scheduling recruiter), or failed with Zoom's reason
 * in words and Retry for admins and recruiters.
 */
export function InterviewMeeting({ interview, canEdit }: { interview: InterviewResponse; canEdit: boolean }) {
  const { t } = useTranslation('interviews');
  const { meeting } = interview;
  if (!meeting) return null;
  return (
    <section className="card interview-meeting" aria-labelledby="interview-meeting-heading">
      <h2 id="interview-meeting-heading">
        <VideoIcon />
        {t('meeting.heading')}
      </h2>
      <MeetingBody interview={interview} meeting={meeting} canEdit={canEdit} />
    </section>
  );
}

function MeetingBody({ interview, meeting, canEdit }: MeetingPartProps) {
  const { t } = useTranslation('interviews');
  switch (meeting.state) {
    case 'creating':
      return <p className="interview-progress">{t('meeting.creating')}</p>;
    case 'updating':
      return (
        <>
          <p className="interview-progress">{t('meeting.updating')}</p>
          <MeetingLink interview={interview} meeting={meeting} canEdit={canEdit} />
        </>
      );
    case 'live':
      return (
        <>
          <MeetingDrift interview={interview} canEdit={canEdit} />
          <MeetingLink interview={interview} meeting={meeting} canEdit={canEdit} />
        </>
      );
    case 'failed':
      return <MeetingFailure interview={interview} meeting={meeting} canEdit={canEdit} />;
    case 'deleted_in_zoom':
      return <MeetingDeletedInZoom interview={interview} canEdit={canEdit} />;
    case 'deleting':
    case 'deleted':
      return <p>{t('meeting.deleted')}</p>;
  }
}

function MeetingLink({ interview, meeting, canEdit }: MeetingPartProps) {
  const { t } = useTranslation('interviews');
  if (!meeting.joinUrl) return null;
  return (
    <>
      {meeting.linkChanged && (
        <p className="alert alert-info" role="note">
          {t('meeting.linkChanged')}
        </p>
      )}
      <div className="meeting-actions">
        {interview.canStart && (
          <a
            className="button button-primary"
            href={`/api/interviews/${encodeURIComponent(interview.id)}/meeting/start`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('meeting.start')}
          </a>
        )}
        <a
          className={interview.canStart ? 'button button-secondary' : 'button button-primary'}
          href={meeting.joinUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('meeting.join')}
        </a>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('meeting.joinLink')}</dt>
          <dd>
            <a href={meeting.joinUrl} target="_blank" rel="noopener noreferrer">
              {meeting.joinUrl}
            </a>
          </dd>
        </div>
        {meeting.zoomMeetingId && (
          <div>
            <dt>{t('meeting.meetingId')}</dt>
            <dd>{meeting.zoomMeetingId}</dd>
          </div>
        )}
        {canEdit && meeting.passcode && (
          <div>
            <dt>{t('meeting.passcode')}</dt>
            <dd className="meeting-passcode">{meeting.passcode}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

/** Zoom refused for good: its reason in words and its own message; admins and recruiters retry. */
function MeetingFailure({ interview, meeting, canEdit }: MeetingPartProps) {
  const { t } = useTranslation('interviews');
  const formatDateTime = useDateTimeFormat();
  const retry = useInterviewChange(interview.id, () => interviewsApi.retryInterviewMeeting(interview));
  const retryAt = meeting.failure?.retryAt;
  return (
    <div className={`alert ${retryAt ? 'alert-warning' : 'alert-error'} meeting-failure`} role="alert">
      <p>
        <strong>
          {retryAt
            ? t('meeting.waitingForDailyLimit', { time: formatDateTime(retryAt) })
            : t('meeting.failed')}
        </strong>{' '}
        {meeting.failure && meetingFailureText(meeting.failure, t)}
      </p>
      {meeting.failure?.message && (
        <p className="meeting-zoom-says">{t('meeting.zoomSays', { message: meeting.failure.message })}</p>
      )}
      {canEdit && (
        <button
          type="button"
          className="button button-secondary"
          disabled={retry.isPending}
          onClick={() => retry.mutate(undefined)}
        >
          {retry.isPending ? t('meeting.retrying') : t('meeting.retry')}
        </button>
      )}
      {retry.error !== null &&
        (isEditConflict(retry.error) ? (
          <EditConflictAlert interviewId={interview.id} onReload={() => retry.reset()} />
        ) : (
          <ErrorAlert error={retry.error} />
        ))}
    </div>
  );
}

/** A camera: marks the interview's video meeting. Decorative; the heading says it in words. */
export function VideoIcon() {
  return (
    <svg className="video-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="2" y="6" width="14" height="12" rx="2" fill="currentColor" />
      <path d="M17 10.5 22 7v10l-5-3.5z" fill="currentColor" />
    </svg>
  );
}
