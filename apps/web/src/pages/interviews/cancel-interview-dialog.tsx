import type { InterviewResponse } from '@parley/api-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interviewsApi } from '../../api/interviews-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { Field } from '../../components/field.tsx';
import { EditConflictAlert } from './edit-conflict-alert.tsx';
import { useInterviewChange } from './use-interview-change.ts';

/**
 * Asks before cancelling, with an optional reason that may be shared with the people invited. The
 * reason field takes the focus (Enter there adds a line, it never cancels); the Zoom meeting is deleted.
 */
export function CancelInterviewDialog({
  interview,
  onClose,
}: {
  interview: InterviewResponse;
  onClose: () => void;
}) {
  const { t } = useTranslation('interviews');
  const [reason, setReason] = useState('');
  const cancel = useInterviewChange(interview.id, (cancelReason: string) =>
    interviewsApi.cancelInterview(interview, cancelReason),
  );
  return (
    <ConfirmDialog
      heading={t('cancel.heading')}
      text={t('cancel.intro', { name: interview.candidate.name })}
      confirmLabel={cancel.isPending ? t('cancel.cancelling') : t('cancel.confirm')}
      cancelLabel={t('cancel.keep')}
      destructive
      busy={cancel.isPending}
      onConfirm={() => cancel.mutate(reason.trim(), { onSuccess: onClose })}
      onCancel={onClose}
    >
      <Field label={t('cancel.reason')} hint={t('cancel.reasonHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      {cancel.error !== null &&
        (isEditConflict(cancel.error) ? (
          <EditConflictAlert interviewId={interview.id} onReload={onClose} />
        ) : (
          <ErrorAlert error={cancel.error} />
        ))}
    </ConfirmDialog>
  );
}
