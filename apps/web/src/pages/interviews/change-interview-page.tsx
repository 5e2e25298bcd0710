import type { InterviewResponse } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { interviewQuery } from '../../queries/interviews-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { interviewStateLabel, isClosedInterview } from './interview-labels.ts';
import { ScheduleInterview } from './schedule/schedule-interview.tsx';

/** What the interview page says after a change was saved (router state of the way back). */
export interface ChangeSaved {
  /** `version`: the interview's version the save made; a later change (cancel, recreate) is not this one. */
  saved: { linkChanges: boolean; version: number };
}

/**
 * "Reschedule" and "Change host" from the interview page: the schedule dialog for the existing interview
 * (its range preselected; a save sends only what changed, with the version it showed), as a page of its
 * own because the week calendar needs the width. Back on the interview page once the server accepted.
 */
export function ChangeInterviewPage() {
  const { t } = useTranslation('interviews');
  const { interviewId = '' } = useParams();
  const interview = useQuery(interviewQuery(interviewId));
  return (
    <>
      <p className="back-link">
        <Link to={`/interviews/${interviewId}`}>← {t('change.back')}</Link>
      </p>
      <PageHeading
        documentTitle={t('change.title')}
        intro={
          interview.data &&
          t('schedule.intro', {
            name: interview.data.candidate.name,
            stage: interview.data.stage.name,
            job: interview.data.job.title,
          })
        }
      >
        {t('change.title')}
      </PageHeading>
      <QueryView query={interview}>{(loaded) => <ChangeInterview interview={loaded} />}</QueryView>
    </>
  );
}

function ChangeInterview({ interview }: { interview: InterviewResponse }) {
  const { t } = useTranslation('interviews');
  const navigate = useNavigate();
  const back = () => navigate(`/interviews/${interview.id}`);
  if (isClosedInterview(interview.state)) {
    return (
      <p className="alert alert-info">
        {t('change.closed', { state: interviewStateLabel(interview.state, t) })}
      </p>
    );
  }
  return (
    <ScheduleInterview
      jobId={interview.job.id}
      applicationId={interview.applicationId}
      interview={interview}
      onDone={({ linkChanges, interview: saved }) =>
        navigate(`/interviews/${interview.id}`, {
          state: { saved: { linkChanges, version: saved.version } } satisfies ChangeSaved,
        })
      }
      onCancel={back}
    />
  );
}
