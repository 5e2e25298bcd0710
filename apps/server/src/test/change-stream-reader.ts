import type { TestSession } from './create-test-app.ts';

/** An open `GET /api/changes` of one session: its response and the events received so far. */
export interface ChangeStreamReader {
  response: Response;
  events: { event: string; data: unknown }[];
  close(): Promise<void>;
}

/**
 * Opens `GET /api/changes` over real HTTP (a stream never ends by itself, so `app.inject()` cannot read
 * it) and collects its events as they arrive.
 */
export async function openChangeStream(baseUrl: string, session: TestSession): Promise<ChangeStreamReader> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/changes`, {
    headers: { cookie: session.cookie },
    signal: controller.signal,
  });
  const events: { event: string; data: unknown }[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffered += value;
      let end = buffered.indexOf('\n\n');
      while (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
        end = buffered.indexOf('\n\n');
      }
    }
  })();
  return {
    response,
    events,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}
