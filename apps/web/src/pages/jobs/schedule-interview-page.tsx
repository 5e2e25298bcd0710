import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../queries/query-view.tsx';
import { applicationQuery } from '../../queries/recruiting-queries.ts';

/**
 * Where "Schedule interview" leads until interview scheduling exists: it names the candidate and says
 * what comes next, so the button is honest about what it does today.
 */
export function ScheduleInterviewPage() {
  const { t } = useTranslation('recruiting');
  const { jobId = '', applicationId = '' } = useParams();
  const application = useQuery(applicationQuery(applicationId));
  return (
    <>
      <p className="back-link">
        <Link to={`/jobs/${jobId}`}>← {t('jobs.schedule.back')}</Link>
      </p>
      <PageHeading documentTitle={t('jobs.schedule.title')}>{t('jobs.schedule.title')}</PageHeading>
      <QueryView query={application}>
        {(loaded) => (
          <p className="alert alert-info">
            {t('jobs.schedule.text', { name: loaded.candidate.name, stage: loaded.stageName })}
          </p>
        )}
      </QueryView>
    </>
  );
}
