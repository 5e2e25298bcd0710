import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  heading: string;
  /** A sentence under the heading that describes the dialog to screen readers too. */
  intro?: string;
  /** `large` for dialogs with tables (choosing hosts). */
  size?: 'normal' | 'large';
  onClose: () => void;
  children?: ReactNode;
  /** Buttons at the bottom, outside the scrolling body. */
  footer: ReactNode;
}

/**
 * A modal on the native `<dialog>`: the page behind it is inert, the element marked `autoFocus` (else the
 * first focusable one) takes focus, Escape closes it, and focus returns to where it was. Render it only
 * while it should be open.
 */
export function ModalDialog({
  heading,
  intro,
  size = 'normal',
  onClose,
  children,
  footer,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const introId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      previouslyFocused?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={size === 'large' ? 'dialog dialog-large' : 'dialog'}
      aria-labelledby={headingId}
      aria-describedby={intro ? introId : undefined}
      onCancel={(event) => {
        event.preventDefault(); // the parent decides; it unmounts the dialog
        onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{heading}</h2>
        {intro && <p id={introId}>{intro}</p>}
      </div>
      {children && <div className="dialog-body">{children}</div>}
      <div className="dialog-actions">{footer}</div>
    </dialog>
  );
}
