import type { InterviewResponse, Stage } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import {
  draftFromInterview,
  draftFromStage,
  hostChanged,
  meetingMovesHost,
  rangeOf,
  scheduleBodyOf,
  updateBodyOf,
  wallClockOf,
} from './schedule-draft.ts';

const stage = {
  id: '00000000-0000-4000-8000-000000000001',
  defaultDurationMinutes: 45,
  defaultInterviewerIds: ['00000000-0000-4000-8000-0000000000aa'],
  locationKind: 'in_person',
  videoDefault: true,
} as Stage;

const interview = {
  id: '00000000-0000-4000-8000-000000000009',
  startAt: '2026-10-26T08:00:00.000Z',
  endAt: '2026-10-26T09:00:00.000Z',
  timeZone: 'Europe/Berlin',
  durationMinutes: 60,
  interviewers: [{ id: '00000000-0000-4000-8000-0000000000aa', name: 'Kim' }],
  locationKind: 'zoom',
  room: null,
  locationDetails: '',
  video: true,
  hostChoice: 'host_candidate',
  hostExplanation: {
    choice: 'host_candidate',
    chosen: {
      hostCandidateId: 'host-1',
      zoomUserId: 'z1',
      label: 'Kim',
      interviewsThatDay: 0,
      callsToday: 0,
    },
    skipped: [],
  },
  version: 3,
} as unknown as InterviewResponse;

describe('the schedule draft', () => {
  it('starts a new interview from the stage: its duration, interviewers and video, no time yet', () => {
    const draft = draftFromStage(stage);
    expect(draft).toMatchObject({ date: '', startTime: '', durationMinutes: 45, video: true });
    expect(draft.interviewerIds).toEqual(stage.defaultInterviewerIds);
    expect(rangeOf(draft, 'Europe/Berlin')).toBeNull();
  });

  it('reads the picked wall clock in the recruiter’s zone, across the October change', () => {
    const draft = { ...draftFromStage(stage), date: '2026-10-26', startTime: '09:00' };
    expect(rangeOf(draft, 'Europe/Berlin')).toEqual({
      start: '2026-10-26T08:00:00.000Z',
      end: '2026-10-26T08:45:00.000Z',
    });
    expect(wallClockOf('2026-10-26T08:00:00+00:00', 'Asia/Tokyo')).toEqual({
      date: '2026-10-26',
      startTime: '17:00',
    });
    const body = scheduleBodyOf({ ...draft, locationDetails: ' Room 4 ' }, 'app-1', 'Europe/Berlin');
    expect(body).toMatchObject({
      applicationId: 'app-1',
      startAt: '2026-10-26T09:00',
      timeZone: 'Europe/Berlin',
      locationDetails: 'Room 4',
      zoomRoomId: null,
      host: { kind: 'automatic' },
    });
  });

  it('preselects an existing interview and sends only what changed, with its version', () => {
    const draft = draftFromInterview(interview, 'Europe/Berlin');
    expect(draft).toMatchObject({ date: '2026-10-26', startTime: '09:00', durationMinutes: 60 });
    expect(draft.host).toEqual({ kind: 'host_candidate', hostCandidateId: 'host-1' });
    expect(updateBodyOf(draft, interview, 'Europe/Berlin')).toBeNull();
    expect(hostChanged(draft, interview)).toBe(false);

    const moved = { ...draft, startTime: '10:30', durationMinutes: 30 };
    expect(updateBodyOf(moved, interview, 'Europe/Berlin')).toEqual({
      version: 3,
      startAt: '2026-10-26T10:30',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
    });
    expect(hostChanged({ ...draft, host: { kind: 'automatic' } }, interview)).toBe(true);
  });

  it('knows when the previewed host is another than the meeting is on, so that the join link changes', () => {
    const withMeeting = { ...interview, meeting: {} } as InterviewResponse;
    const chosen = (zoomUserId: string) => ({
      ...interview.hostExplanation!,
      chosen: { ...interview.hostExplanation!.chosen!, zoomUserId },
    });
    expect(meetingMovesHost(withMeeting, chosen('z1'))).toBe(false);
    expect(meetingMovesHost(withMeeting, chosen('z2'))).toBe(true);
    // Not known yet, nobody fits, or no meeting to move: nothing to say.
    expect(meetingMovesHost(withMeeting, undefined)).toBe(false);
    expect(meetingMovesHost(withMeeting, { ...interview.hostExplanation!, chosen: null })).toBe(false);
    expect(meetingMovesHost({ ...interview, meeting: null }, chosen('z2'))).toBe(false);
  });
});
