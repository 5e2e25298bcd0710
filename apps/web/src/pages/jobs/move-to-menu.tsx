import type { Stage } from '@parley/api-contract';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface MoveToMenuProps {
  candidateName: string;
  /** The stages the application may move to (every stage but its own). */
  stages: Stage[];
  busy: boolean;
  onMove: (stage: Stage) => void;
}

/**
 * "Move to…" on a board card: the way to move an application without a mouse. A menu button whose items
 * are the other stages; arrow keys walk them, Enter picks one, Escape closes and returns to the button.
 */
export function MoveToMenu({ candidateName, stages, busy, onMove }: MoveToMenuProps) {
  const { t } = useTranslation('recruiting');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next: Record<string, number> = {
      ArrowDown: (current + 1) % items.length,
      ArrowUp: (current - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key in next) {
      event.preventDefault();
      items[next[event.key] ?? 0]?.focus();
    }
  }

  return (
    <div className="move-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button-secondary button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('jobs.board.moveLabel', { name: candidateName })}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {busy ? t('jobs.board.moving') : t('jobs.board.moveTo')}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          className="move-menu-list"
          aria-label={t('jobs.board.moveLabel', { name: candidateName })}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
          }}
        >
          {stages.map((stage) => (
            <button
              key={stage.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onMove(stage);
              }}
            >
              {stage.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
