import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { useDismissable } from './use-dismissable.ts';

interface DisclosureProps {
  /** The class of the wrapper, `<class>-button` is the button's (the header styles each by name). */
  className: string;
  /** The button's accessible name, where its content alone does not say it (an icon, a count). */
  buttonLabel?: string;
  /** What the button shows. */
  button: ReactNode;
  panelClassName: string;
  /** The panel's content; `close` is for a link in it that leads away. */
  children: (close: () => void) => ReactNode;
}

/**
 * A button in the header that opens a panel below it (the user menu, the admins' notifications), closed
 * again by the button, Escape, a click elsewhere or tabbing out — one behaviour for every such panel.
 */
export function Disclosure({ className, buttonLabel, button, panelClassName, children }: DisclosureProps) {
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useDismissable(open, close, containerRef, buttonRef);
  return (
    <div className={className} ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`${className}-button`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={buttonLabel}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
      </button>
      <div id={panelId} className={panelClassName} hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}
