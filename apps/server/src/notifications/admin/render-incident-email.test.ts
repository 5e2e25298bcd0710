import { describe, expect, it } from 'vitest';
import { renderIncidentEmail } from './render-incident-email.ts';

const input = {
  timeZone: 'Europe/Berlin',
  recipientName: 'Anna',
  organizationName: 'Acme',
  facts: { kind: 'meeting_deleted_in_zoom' as const, hostZoomUserId: 'zoom-kim', hostLabel: 'Kim' },
  interviews: [
    {
      interviewId: '6f1c1a52-4a0e-4c55-9a0f-0d6a4d0a0001',
      candidateName: 'Jo Lee',
      jobTitle: 'Engineer',
      startAt: new Date('2026-12-03T13:00:00Z'),
      state: 'needs_attention' as const,
    },
  ],
  publicUrl: 'https://parley.example',
};

describe('the incident e-mail about meetings deleted in Zoom', () => {
  it('says the meetings were deleted in Zoom, what to do, and links the interview and Settings → Zoom', () => {
    const english = renderIncidentEmail({ ...input, language: 'en' });
    expect(english.subject).toBe('Interview meetings on host Kim were deleted in Zoom');
    expect(english.text).toContain('Their join links no longer work.');
    expect(english.text).toContain('click Recreate meeting');
    expect(english.text).toContain('https://parley.example/settings/zoom');
    expect(english.text).toContain('https://parley.example/interviews/6f1c1a52-4a0e-4c55-9a0f-0d6a4d0a0001');
    expect(english.text).not.toContain('Zoom answered');
  });

  it('speaks German and Japanese', () => {
    expect(renderIncidentEmail({ ...input, language: 'de' }).subject).toBe(
      'Interview-Meetings des Hosts Kim wurden in Zoom gelöscht',
    );
    expect(renderIncidentEmail({ ...input, language: 'ja' }).text).toContain('ミーティングを再作成');
  });
});
