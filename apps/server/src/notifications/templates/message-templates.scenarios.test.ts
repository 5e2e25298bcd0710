import { describe, expect, it } from 'vitest';
import { useInterviewTestWorld } from '../../interviews/testing/interview-test-world.ts';
import { caughtMail, scheduleConfirmed, settledMessages } from '../testing/interview-message-world.ts';

const world = useInterviewTestWorld({ hosts: [{ email: 'member1@acme.test', label: 'Kim' }] });

const url = '/api/message-templates';
const japaneseInvitation = {
  subject: '【{organization}】面接のお知らせ: {job}',
  body: '{recipient_name} 様\n\n面接日時: {start}\nパスコード: {passcode}\n参加リンク: {join_url}\n\n<b>よろしく</b>お願いします。',
};

function templateOf(
  body: { templates: { kind: string; language: string }[] },
  kind: string,
  language: string,
) {
  return body.templates.find((entry) => entry.kind === kind && entry.language === language) as
    | { subject: string; body: string; custom: boolean; version: number }
    | undefined;
}

describe('message templates: admins edit, check, preview and reset what interview messages say', () => {
  it('lists every kind in every language, the defaults with version 0, for admins only', async () => {
    const listed = await world.parley.request({ method: 'GET', url, as: world.admin });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().templates).toHaveLength(24);
    const defaultInvitation = templateOf(listed.json(), 'candidate_invitation', 'de');
    expect(defaultInvitation).toMatchObject({ custom: false, version: 0 });
    expect(defaultInvitation?.body).toContain('{join_url}');
    const refused = await world.parley.request({ method: 'GET', url, as: world.recruiter });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses an unknown variable by name, an invitation without {join_url}, and no variable offers the start link', async () => {
    const unknown = await world.parley.request({
      method: 'PUT',
      url: `${url}/candidate_invitation/en`,
      as: world.admin,
      payload: { subject: 'Hi {candidat}', body: 'Join: {join_url}', version: 0 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      { path: 'subject', message: expect.stringContaining('Unknown variable {candidat}') },
    ]);
    const noLink = await world.requestAs(world.admin, 'POST', `${url}/preview`, {
      kind: 'team_invitation',
      language: 'de',
      subject: 'Hallo',
      body: 'Bis bald',
    });
    expect(noLink.statusCode).toBe(400);
    expect(noLink.json().error.details[0]).toMatchObject({ path: 'body' });
    expect(noLink.json().error.details[0].message).toContain('{join_url}');
    const startLink = await world.parley.request({
      method: 'POST',
      url: `${url}/preview`,
      as: world.admin,
      payload: { kind: 'team_invitation', language: 'en', subject: 'S', body: '{join_url} {start_url}' },
    });
    expect(startLink.json().error.details[0].message).toContain('Unknown variable {start_url}');
    // A candidate has no Parley account: links into Parley are not offered in the candidate's messages.
    const candidateLink = await world.parley.request({
      method: 'POST',
      url: `${url}/preview`,
      as: world.admin,
      payload: {
        kind: 'candidate_invitation',
        language: 'en',
        subject: 'S',
        body: '{join_url} {application_url}',
      },
    });
    expect(candidateLink.statusCode).toBe(400);
  });

  it('previews with sample data through the real renderer: HTML escaped, links made links, empty lines left out', async () => {
    const preview = await world.requestAs(world.admin, 'POST', `${url}/preview`, {
      kind: 'candidate_invitation',
      language: 'ja',
      ...japaneseInvitation,
    });
    expect(preview.statusCode).toBe(200);
    const { subject, html, text } = preview.json();
    expect(subject).toBe('【Example Corp】面接のお知らせ: バックエンドエンジニア');
    expect(text).toContain('山田 花子 様');
    expect(text).toContain('2026年12月3日(木) 22:00 JST');
    expect(text).toContain('参加リンク: https://zoom.us/j/85212345678?pwd=sample');
    expect(html).toContain('&#60;b&#62;よろしく&#60;/b&#62;');
    expect(html).not.toContain('<b>よろしく');
    expect(html).toContain('<a href="https://zoom.us/j/85212345678?pwd=sample">');
    expect(html).toContain('<html lang="ja"');
  });

  it('saves, refuses a stale version with 409 EDIT_CONFLICT, audits, and the next invitation uses it; reset brings the default back', async () => {
    const saved = await world.requestAs(world.admin, 'PUT', `${url}/candidate_invitation/ja`, {
      ...japaneseInvitation,
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ custom: true, version: 1, updatedByName: expect.any(String) });
    const stale = await world.parley.request({
      method: 'PUT',
      url: `${url}/candidate_invitation/ja`,
      as: world.admin,
      payload: { ...japaneseInvitation, subject: 'Other {job}', version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('EDIT_CONFLICT');

    // The interview world's candidates read Japanese.
    const interview = await scheduleConfirmed(world, {
      startAt: '2027-02-10T10:00',
      timeZone: 'Europe/Berlin',
      hostLabel: 'Kim',
      candidateName: 'Hanako Yamada',
    });
    const rows = await settledMessages(world, interview.id, 2);
    const candidate = rows.find((row) => row.role === 'candidate')!;
    const [mail] = await caughtMail(world, candidate.recipientEmail);
    expect(mail?.subject).toBe('【Interview Acme】面接のお知らせ: Backend Engineer');
    expect(mail?.text).toContain(`参加リンク: ${interview.meeting.joinUrl}`);
    expect(mail?.text).toContain('Hanako Yamada 様');
    // The team's message is still Parley's default.
    const [toInterviewer] = await caughtMail(world, 'interviewer@interview-acme.test');
    expect(toInterviewer?.subject).toMatch(/^Interview: Backend Engineer/);

    const reset = await world.requestAs(world.admin, 'DELETE', `${url}/candidate_invitation/ja`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ custom: false, version: 0 });
    expect(reset.json().subject).toBe('面接のご案内: {job}、{start}');
    const audit = await world.requestAs(
      world.admin,
      'GET',
      '/api/audit-events?action=message_template.saved',
    );
    expect(audit.statusCode).toBe(200);
    const resetAudit = await world.requestAs(
      world.admin,
      'GET',
      '/api/audit-events?action=message_template.reset',
    );
    expect(JSON.stringify(audit.json())).toContain('candidate_invitation');
    expect(JSON.stringify(resetAudit.json())).toContain('candidate_invitation');
  });
});
