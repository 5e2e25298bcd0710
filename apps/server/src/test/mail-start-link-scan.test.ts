import { describe, expect, it } from 'vitest';
import { findStartLinks } from './mail-start-link-scan.ts';

describe('the start-link scan of caught mail', () => {
  it('finds a start path or a ZAK token in any part, and passes join links', () => {
    expect(
      findStartLinks({
        text: 'Join: https://zoom.example/j/85212345678?pwd=abc',
        html: '<a href="https://zoom.example/s/85212345678?zak=eyJ0">Start</a>',
        calendar: 'DESCRIPTION:https://zoom.example/j/1?zak=x',
        subject: null,
      }),
    ).toEqual(['html', 'calendar']);
  });
});
