import { describe, expect, it } from 'vitest';
import { moveItem } from './reorder.ts';

describe('moveItem', () => {
  const stages = ['Applied', 'Screening', 'Interview', 'Offer'];

  it('moves a stage up and down by one (the keyboard buttons)', () => {
    expect(moveItem(stages, 2, 1)).toEqual(['Applied', 'Interview', 'Screening', 'Offer']);
    expect(moveItem(stages, 0, 1)).toEqual(['Screening', 'Applied', 'Interview', 'Offer']);
  });

  it('moves a stage across several places (a drop)', () => {
    expect(moveItem(stages, 3, 0)).toEqual(['Offer', 'Applied', 'Screening', 'Interview']);
    expect(moveItem(stages, 0, 3)).toEqual(['Screening', 'Interview', 'Offer', 'Applied']);
  });

  it('keeps the list as it is for a place outside it, and never mutates the input', () => {
    expect(moveItem(stages, 5, 0)).toEqual(stages);
    expect(moveItem(stages, 1, 99)).toEqual(['Applied', 'Interview', 'Offer', 'Screening']);
    expect(stages).toEqual(['Applied', 'Screening', 'Interview', 'Offer']);
  });
});
