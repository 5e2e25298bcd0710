import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';

/* Interviews and Candidates are empty until their features land; they say so honestly. */

export function InterviewsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading documentTitle={t('interviews.title')}>{t('interviews.title')}</PageHeading>
      <EmptyState title={t('interviews.emptyTitle')} text={t('interviews.emptyText')} />
    </>
  );
}

export function CandidatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading documentTitle={t('candidates.title')}>{t('candidates.title')}</PageHeading>
      <EmptyState title={t('candidates.emptyTitle')} text={t('candidates.emptyText')} />
    </>
  );
}
