import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { applicationQuery } from '../../queries/recruiting-queries.ts';
import { ScheduleInterview } from '../interviews/schedule/schedule-interview.tsx';

/**
 * "Schedule interview" from the job board: the schedule dialog for one application, as a page of its own
 * (the calendar needs the width). Once the server accepted, the interview's page shows it being set up.
 */
export function ScheduleInterviewPage() {
  const { t } = useTranslation('interviews');
  const navigate = useNavigate();
  const { jobId = '', applicationId = '' } = useParams();
  const application = useQuery(applicationQuery(applicationId));
  const loaded = application.data;
  return (
    <>
      <p className="back-link">
        <Link to={`/jobs/${jobId}`}>← {t('schedule.back')}</Link>
      </p>
      <PageHeading
        documentTitle={t('schedule.title')}
        intro={
          loaded &&
          t('schedule.intro', { name: loaded.candidate.name, stage: loaded.stageName, job: loaded.jobTitle })
        }
      >
        {t('schedule.title')}
      </PageHeading>
      <ScheduleInterview
        jobId={jobId}
        applicationId={applicationId}
        onDone={({ interview }) => navigate(`/interviews/${interview.id}`)}
      />
    </>
  );
}
