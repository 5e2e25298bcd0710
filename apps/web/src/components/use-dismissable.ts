import { type RefObject, useEffect } from 'react';

/**
 * Closes an open disclosure (a menu, the notification panel) the way people expect: Escape (focus back on
 * its button), a click elsewhere, or focus moving out of it.
 */
export function useDismissable(
  open: boolean,
  close: () => void,
  containerRef: RefObject<HTMLElement | null>,
  buttonRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    function closeOnOutsideClick(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) close();
    }
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      close();
      buttonRef.current?.focus();
    }
    function closeWhenFocusLeaves(event: FocusEvent) {
      // Only when focus moves somewhere else: Safari does not focus clicked buttons (relatedTarget null),
      // and a click outside is already handled above.
      const next = event.relatedTarget;
      if (next instanceof Node && !containerRef.current?.contains(next)) close();
    }
    const container = containerRef.current;
    document.addEventListener('pointerdown', closeOnOutsideClick);
    document.addEventListener('keydown', closeOnEscape);
    container?.addEventListener('focusout', closeWhenFocusLeaves);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutsideClick);
      document.removeEventListener('keydown', closeOnEscape);
      container?.removeEventListener('focusout', closeWhenFocusLeaves);
    };
  }, [open, close, containerRef, buttonRef]);
}
