import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JsonBody } from './test-emulator.ts';

/** One request the receiver got. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: { event: string; event_ts: number; payload: JsonBody };
}

type Responder = (
  webhook: ReceivedWebhook,
) => { status: number; body?: string } | Promise<{ status: number; body?: string }>;

/**
 * Zoom's documented verification, written independently of the emulator:
 * `v0=` + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)), compared in constant time.
 */
export function verifyZoomSignature(secret: string, headers: IncomingHttpHeaders, rawBody: string): boolean {
  const timestamp = headers['x-zm-request-timestamp'];
  const signature = headers['x-zm-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return (
    expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  );
}

/** Answers an `endpoint.url_validation` challenge as an app must. */
export function answerUrlValidation(secret: string, webhook: ReceivedWebhook) {
  const plainToken = String(webhook.body.payload.plainToken);
  const encryptedToken = createHmac('sha256', secret).update(plainToken).digest('hex');
  return { status: 200, body: JSON.stringify({ plainToken, encryptedToken }) };
}

/** A small HTTP endpoint on 127.0.0.1 recording every webhook. */
export async function startWebhookReceiver(initial: Responder = () => ({ status: 200 })) {
  let responder = initial;
  const received: ReceivedWebhook[] = [];
  const waiters: {
    predicate: (webhook: ReceivedWebhook) => boolean;
    resolve: (webhook: ReceivedWebhook) => void;
  }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const webhook: ReceivedWebhook = { headers: request.headers, rawBody, body: JSON.parse(rawBody) };
      received.push(webhook);
      const answer = await responder(webhook);
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body ?? '');
      for (const waiter of [...waiters]) {
        if (waiter.predicate(webhook)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(webhook);
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/zoom`;
  return {
    url,
    received,
    respondWith(next: Responder) {
      responder = next;
    },
    /** The first webhook (already received or future) matching `predicate`. */
    waitFor(predicate: (webhook: ReceivedWebhook) => boolean, timeoutMs = 5_000): Promise<ReceivedWebhook> {
      const found = received.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching webhook arrived')), timeoutMs);
        waiters.push({
          predicate,
          resolve: (webhook) => {
            clearTimeout(timer);
            resolve(webhook);
          },
        });
      });
    },
    events(name: string): ReceivedWebhook[] {
      return received.filter((webhook) => webhook.body.event === name);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
