import type { InterviewSnapshot } from '../invitations/interview-snapshot.ts';

/**
 * An interview as the invitations see it: a candidate in Tokyo who reads Japanese, an interviewer in
 * Berlin who reads German, and a recruiter in New York who reads English, on Sunday 29 March 2026 — the
 * night Europe moves its clocks forward (10:00 in Berlin is CEST, UTC+2, three hours after the change).
 */
export function interviewSnapshotFixture(overrides: Partial<InterviewSnapshot> = {}): InterviewSnapshot {
  return {
    interviewId: '0b0f3c1e-5d7a-4c2e-9a51-3f7e2d1c4b10',
    organizationId: '5a1d0c2b-7e3f-4a9b-8c6d-1e2f3a4b5c6d',
    organizationName: 'Acme GmbH',
    version: 2,
    applicationId: '7c6b5a49-3827-4a16-9f0e-d1c2b3a49586',
    jobId: '9e8d7c6b-5a49-4382-9716-05f4e3d2c1b0',
    jobTitle: 'Backend Engineer',
    startAt: '2026-03-29T08:00:00.000Z',
    endAt: '2026-03-29T08:45:00.000Z',
    durationMinutes: 45,
    location: { kind: 'zoom', roomName: null, details: '' },
    meeting: {
      zoomMeetingId: 85212345678,
      joinUrl: 'https://zoom.example/j/85212345678?pwd=abc',
      sealedPasscode: 'sealed',
      sealedPhonePasscode: null,
      dialInNumbers: [],
    },
    candidate: {
      id: '11111111-1111-4111-8111-111111111111',
      name: '山田 花子',
      email: 'hanako@example.jp',
      language: 'ja',
      timeZone: 'Asia/Tokyo',
    },
    interviewers: [
      {
        id: '22222222-2222-4222-8222-222222222222',
        name: 'Jonas Becker',
        email: 'jonas@example.de',
        language: 'de',
        timeZone: 'Europe/Berlin',
      },
    ],
    recruiter: {
      id: '33333333-3333-4333-8333-333333333333',
      name: 'Rita Recruiter',
      email: 'rita@example.com',
      language: 'en',
      timeZone: 'America/New_York',
      wantsInvitations: true,
    },
    starterUserIds: ['33333333-3333-4333-8333-333333333333'],
    cancelReason: '',
    ...overrides,
  };
}
