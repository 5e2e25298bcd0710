import { describe, expect, it } from 'vitest';
import { checkMessageTemplate, fillMessageTemplate } from './message-template.ts';

describe('message templates', () => {
  it('leaves out a line whose variables are all empty, and keeps lines without variables', () => {
    const body = 'Hello {recipient_name},\n\nPasscode: {passcode}\nJoin: {join_url}\nSee you soon.';
    expect(fillMessageTemplate(body, { recipient_name: 'Ana', join_url: 'https://zoom.us/j/1' })).toBe(
      'Hello Ana,\n\nJoin: https://zoom.us/j/1\nSee you soon.',
    );
  });

  it('names the first unknown variable of each field, and asks an invitation for {join_url}', () => {
    expect(
      checkMessageTemplate('candidate_invitation', { subject: '{jb}', body: '{candidate} {x}' }),
    ).toEqual([
      { field: 'subject', kind: 'unknown_variable', variable: '{jb}' },
      { field: 'body', kind: 'unknown_variable', variable: '{candidate}' },
    ]);
    expect(checkMessageTemplate('team_invitation', { subject: '{job}', body: 'Hello' })).toEqual([
      { field: 'body', kind: 'missing_join_url' },
    ]);
    expect(
      checkMessageTemplate('team_cancellation', { subject: '{job}', body: 'Cancelled: {reason}' }),
    ).toEqual([]);
    expect(checkMessageTemplate('team_update', { subject: ' ', body: 'x'.repeat(5001) })).toEqual([
      { field: 'subject', kind: 'empty' },
      { field: 'body', kind: 'too_long', maxLength: 5000 },
    ]);
  });
});
