import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog.tsx';

interface ConfirmDialogProps {
  heading: string;
  text: string;
  confirmLabel: string;
  /** The way out, when "Cancel" would be ambiguous (cancelling an interview: "Keep interview"). */
  cancelLabel?: string;
  /** Styles the confirm button as destructive (deactivate, revoke, disconnect). */
  destructive?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** What the dialog asks for besides the yes (a reason, say), between its text and its buttons. */
  children?: ReactNode;
}

/**
 * A modal confirmation: its first button, Cancel, takes focus, so Enter never confirms by accident; Escape
 * cancels, and focus returns to where it was when the dialog closes. Render it only while it should be open.
 */
export function ConfirmDialog({
  heading,
  text,
  confirmLabel,
  cancelLabel,
  destructive,
  busy,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      heading={heading}
      intro={text}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
          <button
            type="button"
            className={destructive ? 'button button-danger' : 'button button-primary'}
            onClick={onConfirm}
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
