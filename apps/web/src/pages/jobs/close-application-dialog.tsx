import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field } from '../../components/field.tsx';

/** Rejected by the company, or withdrawn by the candidate. */
export type CloseKind = 'reject' | 'withdraw';

interface CloseApplicationDialogProps {
  kind: CloseKind;
  candidateName: string;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/**
 * Asks for the reason before an application is rejected or withdrawn: the reason is kept with it and in
 * its history, so whoever reopens it later knows why it was closed.
 */
export function CloseApplicationDialog({
  kind,
  candidateName,
  busy,
  error,
  onCancel,
  onConfirm,
}: CloseApplicationDialogProps) {
  const { t } = useTranslation('recruiting');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reject = kind === 'reject';
  function confirm() {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  }
  return (
    <ConfirmDialog
      heading={
        reject
          ? t('applications.rejectHeading', { name: candidateName })
          : t('applications.withdrawHeading', { name: candidateName })
      }
      text={reject ? t('applications.rejectIntro') : t('applications.withdrawIntro')}
      confirmLabel={
        busy ? t('applications.saving') : reject ? t('applications.reject') : t('applications.withdraw')
      }
      destructive={reject}
      busy={busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {error !== null && <ErrorAlert error={error} />}
      <Field label={t('applications.reason')} error={missing ? t('validation.required') : undefined}>
        {(control) => (
          <textarea
            {...control}
            // biome-ignore lint/a11y/noAutofocus: the dialog asks for the reason; focus starts there, not on a button
            autoFocus
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
