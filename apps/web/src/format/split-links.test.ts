import { describe, expect, it } from 'vitest';
import { splitLinks } from './split-links.ts';

describe('splitLinks', () => {
  it('finds web addresses and leaves sentence punctuation outside them', () => {
    const text = 'Accept here: http://127.0.0.1:3000/invitations/abc-123.\nThanks';
    expect(splitLinks(text)).toEqual([
      { kind: 'text', value: 'Accept here: ', offset: 0 },
      { kind: 'link', value: 'http://127.0.0.1:3000/invitations/abc-123', offset: 13 },
      { kind: 'text', value: '.\nThanks', offset: 54 },
    ]);
  });

  it('keeps text without addresses as one part', () => {
    expect(splitLinks('Hallo')).toEqual([{ kind: 'text', value: 'Hallo', offset: 0 }]);
  });

  it('handles an address in parentheses and one at the very end', () => {
    const parts = splitLinks('(https://parley.test/a) https://parley.test/b?x=1');
    expect(parts.filter((part) => part.kind === 'link').map((part) => part.value)).toEqual([
      'https://parley.test/a',
      'https://parley.test/b?x=1',
    ]);
  });
});
