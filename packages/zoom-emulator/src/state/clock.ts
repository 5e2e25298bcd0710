/**
 * The emulator's notion of "now": an injectable base clock plus an offset the control API can move,
 * so that a standalone emulator can also be taken across midnight UTC.
 */
export class EmulatorClock {
  #offsetMs = 0;
  readonly #base: () => Date;

  constructor(base: () => Date = () => new Date()) {
    this.#base = base;
  }

  /** Epoch milliseconds. */
  now(): number {
    return this.#base().getTime() + this.#offsetMs;
  }

  /** Moves the clock forward (or back, with a negative value). */
  advance(milliseconds: number): void {
    this.#offsetMs += milliseconds;
  }

  /** Makes `now()` return `instant` (the clock keeps running from there). */
  set(instant: Date): void {
    this.#offsetMs = instant.getTime() - this.#base().getTime();
  }

  /** Removes any offset. */
  resetOffset(): void {
    this.#offsetMs = 0;
  }
}

/** Formats epoch milliseconds the way Zoom does: `2024-05-01T09:30:00Z` (no fraction). */
export function formatZoomTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

/** Start of the next UTC day after `epochMs`. */
export function nextUtcMidnight(epochMs: number): number {
  const day = new Date(epochMs);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1);
}

/** The UTC day (yyyy-mm-dd) containing `epochMs`. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
