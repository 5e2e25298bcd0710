import type { HostExplanation } from '@parley/api-contract';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../i18n/interviews/de.json';
import en from '../../i18n/interviews/en.json';
import { wordHostExplanation } from './host-explanation.ts';
import { skipReasonKindText } from './schedule/host-explanation-text.ts';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  ns: ['interviews'],
  defaultNS: 'interviews',
  resources: { en: { interviews: en }, de: { interviews: de } },
  interpolation: { escapeValue: false },
});
const english = i18n.getFixedT('en', 'interviews') as TFunction<'interviews'>;
const german = i18n.getFixedT('de', 'interviews') as TFunction<'interviews'>;
const format = {
  range: (start: string, end: string) => `${start.slice(11, 16)}–${end.slice(11, 16)}`,
  instant: (isoInstant: string) => `<${isoInstant}>`,
};

const host = (label: string) => ({ hostCandidateId: `id-${label}`, zoomUserId: `zoom-${label}`, label });

/** Lee, skipped as busy 10:00–11:00 with room for one meeting at once. */
const busyLee = (extra: { concurrencyUnknown?: true } = {}): HostExplanation['skipped'][number] => ({
  ...host('Lee'),
  reason: {
    kind: 'busy',
    concurrentLimit: 1,
    overlapping: [{ start: '2026-12-08T10:00:00Z', end: '2026-12-08T11:00:00Z' }],
    ...extra,
  },
});

const explanation: HostExplanation = {
  choice: 'automatic',
  chosen: { ...host('Kim'), interviewsThatDay: 1, callsToday: 3 },
  skipped: [
    busyLee(),
    { ...host('Bea'), reason: { kind: 'basic_license', maxMinutes: 40 } },
    { ...host('Max'), reason: { kind: 'daily_limit', calls: 100, limit: 100 } },
    { ...host('Zoe'), reason: { kind: 'zoom_daily_limit', until: '2026-12-09T00:00:00Z' } },
    { ...host('Ann'), reason: { kind: 'more_loaded', interviewsThatDay: 3 } },
  ],
};

describe('the host explanation in words', () => {
  it('names the chosen host and why each other one was skipped', () => {
    expect(wordHostExplanation(explanation, english, format)).toEqual({
      chosen: 'Kim: free, interviews that day: 1',
      skipped: [
        'Skipped Lee: busy 10:00–11:00 (at most 1 at once)',
        'Skipped Bea: Basic licence, 40-minute limit',
        'Skipped Max: 100 of 100 Zoom meeting changes used today',
        'Skipped Zoe: Zoom’s daily limit reached until <2026-12-09T00:00:00Z>',
        'Skipped Ann: more interviews that day (3)',
      ],
    });
  });

  it('says when Zoom did not tell how many meetings a host runs at once and 1 was assumed', () => {
    const unknown: HostExplanation = {
      choice: 'automatic',
      chosen: { ...host('Kim'), interviewsThatDay: 0, callsToday: 0, concurrencyUnknown: true },
      skipped: [busyLee({ concurrencyUnknown: true })],
    };
    expect(wordHostExplanation(unknown, english, format)).toEqual({
      chosen: 'Kim: free, interviews that day: 0; concurrent meetings unknown, assumed 1',
      skipped: ['Skipped Lee: busy 10:00–11:00 (concurrent meetings unknown, assumed 1)'],
    });
    expect(wordHostExplanation(unknown, german, format).chosen).toContain('1 angenommen');
  });

  it('says who chose the host, and when nobody could take it', () => {
    const chosenBy = (choice: HostExplanation['choice']) =>
      wordHostExplanation({ ...explanation, choice, skipped: [] }, german, format).chosen;
    expect(chosenBy('host_candidate')).toBe('Kim: von der Recruiterin/dem Recruiter gewählt');
    expect(chosenBy('own_zoom')).toBe('Kim: eigenes Zoom der Recruiterin/des Recruiters');
    expect(wordHostExplanation({ ...explanation, chosen: null }, english, format).chosen).toBe(
      'No host could take this interview.',
    );
  });

  it('words a reason without data the same in the explanation and in a refusal’s details', () => {
    const kinds = ['deactivated', 'deleted', 'no_meeting_license'] as const;
    const skipped = kinds.map((kind) => ({ ...host('Lee'), reason: { kind } }));
    const worded = wordHostExplanation({ ...explanation, skipped }, english, format).skipped;
    expect(worded).toEqual([
      'Skipped Lee: deactivated in Zoom',
      'Skipped Lee: deleted in Zoom',
      'Skipped Lee: no Zoom Meetings licence',
    ]);
    expect(kinds.map((kind) => `Skipped Lee: ${skipReasonKindText(kind, english)}`)).toEqual(worded);
  });
});
