import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema.ts';
import { zoomHostCandidates } from '../db/zoom-schema.ts';
import { useInterviewTestWorld } from './testing/interview-test-world.ts';

const world = useInterviewTestWorld({ hosts: [{ email: 'member5@acme.test' }] });
let interviewId: string;
let hostId: string;

beforeAll(async () => {
  hostId = world.hosts['member5@acme.test']!;
  // A host with no label of its own is named from Zoom's name parts.
  await world.parley.database.db
    .update(zoomHostCandidates)
    .set({ customLabel: null, firstName: 'Adam', lastName: 'Alvarez' })
    .where(eq(zoomHostCandidates.id, hostId));
  const interview = await world.schedule({
    startAt: '2027-06-01T09:00:00Z',
    host: { kind: 'host_candidate', hostCandidateId: hostId },
  });
  interviewId = interview.id;
});

async function meetingHostAs(language: 'en' | 'de' | 'ja') {
  await world.parley.database.db
    .update(users)
    .set({ language })
    .where(eq(users.email, 'recruiter@interview-acme.test'));
  const response = await world.parley.request({
    method: 'GET',
    url: `/api/interviews/${interviewId}`,
    as: world.recruiter,
  });
  const { interview } = response.json();
  // The explanation of the choice names the same host the same way.
  expect(interview.hostExplanation.chosen.label).toBe(interview.meeting.hostLabel);
  return interview.meeting.hostLabel as string;
}

describe("an interview's host", () => {
  it("is named in the reader's name order when the dialog explains the choice", async () => {
    await world.parley.database.db
      .update(users)
      .set({ language: 'ja' })
      .where(eq(users.email, 'recruiter@interview-acme.test'));
    const response = await world.parley.request({
      method: 'POST',
      url: '/api/interviews/host-preview',
      as: world.recruiter,
      payload: {
        startAt: '2027-06-02T09:00',
        timeZone: 'UTC',
        durationMinutes: 30,
        host: { kind: 'host_candidate', hostCandidateId: hostId },
      },
    });
    expect(response.json().explanation.chosen.label).toBe('Alvarez Adam <member5@acme.test>');
  });

  it("is named in each reader's name order", async () => {
    expect(await meetingHostAs('en')).toBe('Adam Alvarez <member5@acme.test>');
    expect(await meetingHostAs('de')).toBe('Adam Alvarez <member5@acme.test>');
    expect(await meetingHostAs('ja')).toBe('Alvarez Adam <member5@acme.test>');
  });

  it('follows a label an admin gave the host after the meeting was made', async () => {
    await world.parley.database.db
      .update(zoomHostCandidates)
      .set({ customLabel: 'Adam (Tokyo)' })
      .where(eq(zoomHostCandidates.email, 'member5@acme.test'));
    expect(await meetingHostAs('en')).toBe('Adam (Tokyo)');
  });
});
