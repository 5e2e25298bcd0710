import { defaultStageZoomMeetingSettings } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { meetingInput } from './meeting-input.ts';

const values = {
  job: 'Backend Engineer',
  stage: 'Technical interview',
  candidate: 'Ada King',
  organization: 'Acme',
};

describe('meeting input', () => {
  it('sends the start in UTC with Z, the marker in the agenda and the stage settings', () => {
    const input = meetingInput({
      interviewId: 'b4a3a7b8-1111-4222-8333-944455556666',
      startAt: new Date('2026-10-26T08:00:00.000Z'),
      durationMinutes: 45,
      topicTemplate: '{stage}',
      topicValues: values,
      settings: { ...defaultStageZoomMeetingSettings, autoRecording: 'cloud' },
    });
    expect(input).toMatchObject({
      start_time: '2026-10-26T08:00:00Z',
      duration: 45,
      default_password: true,
      settings: { waiting_room: true, join_before_host: false, auto_recording: 'cloud' },
    });
    expect(input.timezone).toBeUndefined();
    expect(input.agenda?.split('\n')[0]).toBe('Ref: PRL-b4a3a7b8-1111-4222-8333-944455556666');
  });
});
