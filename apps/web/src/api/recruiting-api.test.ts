import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { createHttpClient } from './http-client.ts';
import { createRecruitingCalls } from './recruiting-api.ts';

/** A fake `fetch` answering with a body that arrives in the given chunks, as a slow stream does. */
function streaming(chunks: string[]) {
  const accepted: string[] = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    accepted.push(String((init?.headers as Record<string, string> | undefined)?.accept));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } });
  }) as typeof globalThis.fetch;
  const calls = createRecruitingCalls(createHttpClient({ getLanguage: () => 'en', fetch }));
  return { calls, accepted };
}

const input = { csv: 'Name,Email\nA,a@example.test', mapping: { name: 0, email: 1 } };

describe('importCandidates', () => {
  it('asks for the streamed answer and reports each progress line, even one split across chunks', async () => {
    const { calls, accepted } = streaming([
      '{"progress":{"processed":0,"total":1200}}\n{"progress":{"proc',
      'essed":500,"total":1200}}\n',
      '{"progress":{"processed":1200,"total":1200}}\n{"result":{"created":1200,"merged":0,"applied":0}}\n',
    ]);
    const seen: number[] = [];
    const result = await calls.importCandidates(input, (progress) => seen.push(progress.processed));
    expect(accepted).toEqual(['application/x-ndjson']);
    expect(seen).toEqual([0, 500, 1200]);
    expect(result).toEqual({ created: 1200, merged: 0, applied: 0 });
  });

  it('fails with the error of the last line when the import failed after it began', async () => {
    const { calls } = streaming([
      '{"progress":{"processed":0,"total":2}}\n',
      '{"error":{"code":"JOB_CLOSED","message":"This job is closed."}}\n',
    ]);
    const failure = await calls.importCandidates(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'JOB_CLOSED', message: 'This job is closed.' });
  });
});
