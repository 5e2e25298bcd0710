import type { InterviewResponse } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { SuccessMessage } from '../../components/alerts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { interviewQuery } from '../../queries/interviews-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { useMe } from '../../session/session-context.tsx';
import type { ChangeSaved } from './change-interview-page.tsx';
import { ConnectionFlagBanner } from './connection-flag-banner.tsx';
import { InterviewActions } from './interview-actions.tsx';
import { InterviewFacts } from './interview-facts.tsx';
import { interviewStateBadge, interviewStateLabel } from './interview-labels.ts';
import { InterviewMeeting } from './interview-meeting.tsx';
import { AddToCalendarLink, InterviewMessages } from './interview-messages.tsx';
import '../../styles/interviews.css';

/**
 * One interview: who, when (the viewer's zone with the candidate's beside it), where, the host and why,
 * its state as it changes (the change stream and, while the meeting settles, polling), the Zoom meeting,
 * and for admins and recruiters cancel, retry, reschedule and change host.
 */
export function InterviewPage() {
  const { t } = useTranslation('interviews');
  const { interviewId = '' } = useParams();
  const interview = useQuery(interviewQuery(interviewId));
  return (
    <>
      <p className="back-link">
        <Link to="/interviews">← {t('page.back')}</Link>
      </p>
      <QueryView query={interview}>{(loaded) => <InterviewView interview={loaded} />}</QueryView>
    </>
  );
}

function InterviewView({ interview }: { interview: InterviewResponse }) {
  const { t } = useTranslation('interviews');
  const role = useMe().user.role;
  const canEdit = role === 'admin' || role === 'recruiter';
  // "Saved" belongs to the version the change made: after a later cancel or recreate it would mislead.
  const changeSaved = (useLocation().state as Partial<ChangeSaved> | null)?.saved;
  const saved = changeSaved?.version === interview.version ? changeSaved : undefined;
  return (
    <>
      <PageHeading documentTitle={t('page.documentTitle', { name: interview.candidate.name })}>
        {interview.candidate.name}
      </PageHeading>
      <div className="interview-header">
        <p className="interview-state" role="status">
          <span className="visually-hidden">{t('page.state')} </span>
          <span className={interviewStateBadge(interview.state)}>
            {interviewStateLabel(interview.state, t)}
          </span>
        </p>
        <p className="interview-subtitle">
          {interview.stage.name} · <Link to={`/jobs/${interview.job.id}`}>{interview.job.title}</Link>
        </p>
      </div>
      <SuccessMessage>
        {saved ? (saved.linkChanges ? t('page.savedLinkChanges') : t('page.saved')) : null}
      </SuccessMessage>
      <ConnectionFlagBanner interview={interview} isAdmin={role === 'admin'} />
      {interview.state === 'cancelled' && (
        <p className="alert alert-info">
          {interview.cancelReason
            ? t('page.cancelledBecause', { reason: interview.cancelReason })
            : t('page.cancelled')}
        </p>
      )}
      <div className="interview-layout">
        <InterviewFacts interview={interview} />
        <div className="interview-side">
          <InterviewMeeting interview={interview} canEdit={canEdit} />
          {canEdit && <InterviewActions interview={interview} />}
          <p>
            <AddToCalendarLink interview={interview} />
          </p>
          {canEdit && <InterviewMessages interview={interview} />}
        </div>
      </div>
    </>
  );
}
