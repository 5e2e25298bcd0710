import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { zoomMeetings } from '../db/interview-schema.ts';
import { openChangeStream } from '../test/change-stream-reader.ts';
import { interviewWhen, useInterviewTestWorld } from './testing/interview-test-world.ts';

const world = useInterviewTestWorld({ hosts: [{ email: 'member1@acme.test', label: 'Kim' }] });
let baseUrl: string;

beforeAll(async () => {
  baseUrl = await world.parley.app.listen({ port: 0, host: '127.0.0.1' });
});

const interviewsChange = { event: 'change', data: { topic: 'interviews' } };

describe('the interviews topic of GET /api/changes', () => {
  it('tells an open page when an interview is scheduled and when its meeting changes', async () => {
    const stream = await openChangeStream(baseUrl, world.interviewer);
    await expect.poll(() => stream.events).toEqual([{ event: 'ready', data: {} }]);

    // The scheduling answer, not the confirmed interview: the page hears of it before its meeting exists.
    const scheduled = await world.schedule({
      startAt: '2026-12-09T10:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 45,
      until: null,
    });
    await expect.poll(() => stream.events, { timeout: 1000 }).toContainEqual(interviewsChange);

    // The meeting job writes the meeting row and confirms the interview in a later transaction.
    const interview = await interviewWhen(world, scheduled.id, 'confirmed');
    // The job's own commits notify too, and may still be on their way (on a loaded machine one came after
    // a single quiet 300 ms): wait until the stream has been quiet for a whole second.
    let seen = -1;
    let quietPolls = 0;
    await expect
      .poll(
        () => {
          quietPolls = stream.events.length === seen ? quietPolls + 1 : 0;
          seen = stream.events.length;
          return quietPolls >= 4;
        },
        { interval: 250, timeout: 8000 },
      )
      .toBe(true);
    stream.events.splice(1);
    await world.parley.database.db
      .update(zoomMeetings)
      .set({ linkChanged: true })
      .where(eq(zoomMeetings.interviewId, interview.id));
    await expect.poll(() => stream.events.slice(1), { timeout: 1000 }).toEqual([interviewsChange]);
    await stream.close();
  });
});
