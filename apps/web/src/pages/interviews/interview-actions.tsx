import type { InterviewResponse } from '@parley/api-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CancelInterviewDialog } from './cancel-interview-dialog.tsx';
import { isClosedInterview } from './interview-labels.ts';

type OpenDialog = 'cancel' | null;

/**
 * What admins and recruiters can do with an interview that is not over: reschedule it or change its host
 * (the schedule dialog, on a page of its own), or cancel it (asking first).
 */
export function InterviewActions({ interview }: { interview: InterviewResponse }) {
  const { t } = useTranslation('interviews');
  const [open, setOpen] = useState<OpenDialog>(null);
  if (isClosedInterview(interview.state)) return null;
  return (
    <section className="card interview-actions" aria-labelledby="interview-actions-heading">
      <h2 id="interview-actions-heading">{t('actions.heading')}</h2>
      <div className="meeting-actions">
        <Link className="button button-secondary" to={`/interviews/${interview.id}/change`}>
          {t('actions.reschedule')}
        </Link>
        <Link className="button button-secondary" to={`/interviews/${interview.id}/change`}>
          {t('actions.changeHost')}
        </Link>
        <button type="button" className="button button-danger-outline" onClick={() => setOpen('cancel')}>
          {t('actions.cancel')}
        </button>
      </div>
      {open === 'cancel' && <CancelInterviewDialog interview={interview} onClose={() => setOpen(null)} />}
    </section>
  );
}
