import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmulatorState } from './emulator-state.ts';

/** Bumped when the saved shape changes; a file of another version is ignored (the seed is used). */
const FORMAT_VERSION = 1;

/**
 * Keeps an emulator's world in a file, so that an app restarted with its embedded emulator still finds its
 * Zoom connection, users and meetings — as it would with the real Zoom, which does not forget a grant
 * because the app restarted. The file holds the emulator's own (fake) tokens; keep it in a private folder.
 */
export class StateFile {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly path: string,
    private readonly state: EmulatorState,
    private readonly onError: (message: string) => void,
  ) {}

  /** Replaces the state with the saved one; false when there is no usable file (the seed stays). */
  load(): boolean {
    if (!existsSync(this.path)) return false;
    try {
      const saved = JSON.parse(readFileSync(this.path, 'utf8'), revive) as {
        version: number;
        maps: Record<string, unknown>;
      };
      if (saved.version !== FORMAT_VERSION) return false;
      this.state.clear();
      for (const [name, value] of Object.entries(saved.maps)) {
        const target = (this.state as unknown as Record<string, unknown>)[name];
        if (target instanceof Map && value instanceof Map) for (const [k, v] of value) target.set(k, v);
      }
      return true;
    } catch (error) {
      this.onError(`emulator state file unreadable, starting from the seed: ${(error as Error).message}`);
      return false;
    }
  }

  /** Saves soon (changes come in bursts: a sign-in, a consent and a token exchange). */
  saveSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, 200);
    this.timer.unref();
  }

  /** Saves now, atomically (a write to a temporary file, then a rename). */
  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const maps: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(this.state)) if (value instanceof Map) maps[name] = value;
    const temporary = `${this.path}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      writeFileSync(temporary, JSON.stringify({ version: FORMAT_VERSION, maps }, replace), { mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, this.path);
    } catch (error) {
      this.onError(`emulator state not saved: ${(error as Error).message}`);
    }
  }
}

function replace(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}

function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $map?: [unknown, unknown][]; $set?: unknown[] };
    if (Array.isArray(tagged.$map) && Object.keys(value).length === 1) return new Map(tagged.$map);
    if (Array.isArray(tagged.$set) && Object.keys(value).length === 1) return new Set(tagged.$set);
  }
  return value;
}
