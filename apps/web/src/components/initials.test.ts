import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.ts';

describe('initialsOf', () => {
  it.each([
    ['Adam Alvarez', 'AA'],
    ['<"Bob" Builder>', 'BB'],
    ['(Ann) Lee', 'AL'],
    ['  cher  ', 'C'],
    ['山田 太郎', '山太'],
    ['Émile Zola', 'ÉZ'],
    ['<">', '?'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
