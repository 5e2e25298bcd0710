import { describe, expect, it } from 'vitest';
import { inHostAssignmentTurn } from './interview-place.ts';

/** A piece of work that runs until released, recording when it starts. */
function heldWork(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    release,
    work: async () => {
      started.push(name);
      await done;
      return name;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('inHostAssignmentTurn', () => {
  it('runs two host-assignment transactions of an organization at once; the others wait, in order, and another organization does not', async () => {
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => heldWork(started, name));
    const other = heldWork(started, 'other');
    const results = [a, b, c, d].map((held) => inHostAssignmentTurn('org-1', held!.work));
    const otherResult = inHostAssignmentTurn('org-2', other.work);
    await settle();
    expect(started).toEqual(['a', 'b', 'other']);
    b!.release();
    await settle();
    expect(started).toEqual(['a', 'b', 'other', 'c']);
    a!.release();
    c!.release();
    d!.release();
    other.release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(await otherResult).toBe('other');
  });

  it('gives the turn on when a transaction fails', async () => {
    const started: string[] = [];
    const failing = inHostAssignmentTurn('org-3', async () => {
      started.push('failing');
      throw new Error('rolled back');
    });
    const held = heldWork(started, 'held');
    const holding = inHostAssignmentTurn('org-3', held.work);
    const next = inHostAssignmentTurn('org-3', async () => 'next');
    await expect(failing).rejects.toThrow('rolled back');
    expect(await next).toBe('next');
    held.release();
    expect(await holding).toBe('held');
  });
});
