import type { InterviewResponse } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { interviewsApi } from '../../api/interviews-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { EditConflictAlert } from './edit-conflict-alert.tsx';
import { useInterviewChange } from './use-interview-change.ts';
import { useViewerTime } from './use-viewer-time.ts';

type Action = 'recreate' | 'keep-zoom-time' | 'restore-time';

function useMeetingAction(interview: InterviewResponse) {
  return useInterviewChange(interview.id, (action: Action) =>
    interviewsApi.settleMeetingChange(interview, action),
  );
}

function ActionError({
  interviewId,
  change,
}: {
  interviewId: string;
  change: ReturnType<typeof useMeetingAction>;
}) {
  if (change.error === null) return null;
  return isEditConflict(change.error) ? (
    <EditConflictAlert interviewId={interviewId} onReload={() => change.reset()} />
  ) : (
    <ErrorAlert error={change.error} />
  );
}

interface ActionButtonProps {
  change: ReturnType<typeof useMeetingAction>;
  action: Action;
  kind: 'primary' | 'secondary';
  children: string;
}

/** One way to settle what changed in Zoom; every way waits while one is on its way. */
function ActionButton({ change, action, kind, children }: ActionButtonProps) {
  return (
    <button
      type="button"
      className={`button button-${kind}`}
      disabled={change.isPending}
      onClick={() => change.mutate(action)}
    >
      {children}
    </button>
  );
}

/** Someone deleted the meeting in Zoom: said plainly, with Recreate for admins and recruiters. */
export function MeetingDeletedInZoom({
  interview,
  canEdit,
}: {
  interview: InterviewResponse;
  canEdit: boolean;
}) {
  const { t } = useTranslation('interviews');
  const change = useMeetingAction(interview);
  return (
    <div className="alert alert-warning meeting-deleted-in-zoom" role="alert">
      <p>
        <strong>{t('meeting.deletedInZoom')}</strong> {canEdit && t('meeting.deletedInZoomHint')}
      </p>
      {canEdit && (
        <ActionButton change={change} action="recreate" kind="primary">
          {change.isPending ? t('meeting.recreating') : t('meeting.recreate')}
        </ActionButton>
      )}
      <ActionError interviewId={interview.id} change={change} />
    </div>
  );
}

/** Someone changed the meeting's time in Zoom: both times side by side and the two ways to settle it. */
export function MeetingDrift({ interview, canEdit }: { interview: InterviewResponse; canEdit: boolean }) {
  const { t } = useTranslation('interviews');
  const time = useViewerTime();
  const change = useMeetingAction(interview);
  const drift = interview.meeting?.drift;
  if (!drift) return null;
  const zoomEnd = new Date(Date.parse(drift.startAt) + drift.durationMinutes * 60_000).toISOString();
  return (
    <div className="alert alert-warning meeting-drift" role="alert">
      <p>
        <strong>{t('meeting.driftHeading')}</strong>
      </p>
      <ul>
        <li>{t('meeting.driftZoom', { range: time.range(drift.startAt, zoomEnd) })}</li>
        <li>{t('meeting.driftParley', { range: time.range(interview.startAt, interview.endAt) })}</li>
        <li>{t('meeting.driftTopic', { topic: drift.topic })}</li>
      </ul>
      {canEdit && (
        <p className="button-row">
          <ActionButton change={change} action="keep-zoom-time" kind="secondary">
            {t('meeting.keepZoomTime')}
          </ActionButton>
          <ActionButton change={change} action="restore-time" kind="secondary">
            {t('meeting.restoreTime')}
          </ActionButton>
        </p>
      )}
      <ActionError interviewId={interview.id} change={change} />
    </div>
  );
}
