import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { interviewKeys } from '../../queries/interviews-queries.ts';

/**
 * Someone else changed the interview since this page read it (a stale `version`): say so, and reload
 * it on request so that the person decides again on what is now true.
 */
export function EditConflictAlert({ interviewId, onReload }: { interviewId: string; onReload: () => void }) {
  const { t } = useTranslation('interviews');
  const queryClient = useQueryClient();
  return (
    <div className="alert alert-warning" role="alert">
      <p>{t('conflict.text')}</p>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          void queryClient.invalidateQueries({ queryKey: interviewKeys.detail(interviewId) });
          onReload();
        }}
      >
        {t('conflict.reload')}
      </button>
    </div>
  );
}
