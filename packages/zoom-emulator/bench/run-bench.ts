/**
 * `npm run bench -w packages/zoom-emulator`: throughput and latency of `GET /users/me` and meeting
 * creation, and memory with 100,000 meetings. Rate limits are off so that the emulator itself is
 * measured. Targets (issue 3): ≥ 2,000 req/s and ≥ 1,000 creates/s; memory flat under traffic.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const CONCURRENCY = 32;
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

interface Memory {
  rss: number;
  heapUsed: number;
  meetings: number;
}

function send(method: string, url: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers, agent }, (incoming) => {
      incoming.resume();
      incoming.on('end', () => resolve(incoming.statusCode ?? 0));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function measure(
  label: string,
  total: number,
  call: (index: number) => Promise<number>,
  expectedStatus: number,
) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const begin = performance.now();
      const status = await call(index);
      latencies.push(performance.now() - begin);
      if (status !== expectedStatus) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((left, right) => left - right);
  const percentile = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))]!;
  return { label, total, failures, perSecond: total / seconds, p50: percentile(0.5), p99: percentile(0.99) };
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const script = fileURLToPath(new URL('./bench-server.ts', import.meta.url));
  const child = fork(script, { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: 'inherit' });
  return new Promise((resolve) => {
    child.once('message', (message: { url: string }) => resolve({ child, url: message.url }));
  });
}

function memoryOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (message: Memory) => resolve(message));
    child.send({ type: 'memory' });
  });
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const { child, url } = await startServer();
  const state = (await (await fetch(`${url}/_emulator/state`)).json()) as {
    accounts: { key: string; id: string; users: { email: string }[] }[];
  };
  const acme = state.accounts.find((account) => account.key === 'acme')!;
  const hosts = acme.users.filter((user) => user.email.startsWith('member')).map((user) => user.email);
  const tokenResponse = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('parley-s2s:parley-s2s-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: acme.id }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const auth = { authorization: `Bearer ${token}` };
  const getMe = () => send('GET', `${url}/v2/users/me`, auth);
  const meetingBody = JSON.stringify({
    topic: 'Interview',
    type: 2,
    start_time: '2031-06-01T09:00:00Z',
    duration: 45,
    timezone: 'Europe/Berlin',
  });
  const createMeeting = (index: number) =>
    send(
      'POST',
      `${url}/v2/users/${encodeURIComponent(hosts[index % hosts.length]!)}/meetings`,
      { ...auth, 'content-type': 'application/json' },
      meetingBody,
    );

  await measure('warm-up', 2_000, getMe, 200);
  await measure('warm-up', 1_000, createMeeting, 201);
  const baseline = await memoryOf(child);
  const results = [await measure('GET /v2/users/me', 20_000, getMe, 200)];
  results.push(await measure('POST /v2/users/{userId}/meetings', 10_000, createMeeting, 201));
  const remaining = 100_000 - (await memoryOf(child)).meetings;
  await measure('fill to 100,000 meetings', remaining, createMeeting, 201);
  const filled = await memoryOf(child);
  results.push(await measure('GET /v2/users/me with 100k meetings', 20_000, getMe, 200));
  const afterTraffic = await memoryOf(child);

  console.log(
    `\nZoom emulator benchmark (${CONCURRENCY} concurrent keep-alive connections, rate limits off)\n`,
  );
  console.log('| Operation | Requests | Failures | req/s | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const result of results) {
    console.log(
      `| ${result.label} | ${result.total} | ${result.failures} | ${result.perSecond.toFixed(0)} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} |`,
    );
  }
  const perMeeting = (filled.heapUsed - baseline.heapUsed) / Math.max(1, filled.meetings - baseline.meetings);
  console.log(
    `\nMemory (after full GC): baseline ${megabytes(baseline.rss)} RSS with ${baseline.meetings} meetings;`,
  );
  console.log(
    `  ${filled.meetings} meetings: ${megabytes(filled.rss)} RSS (+${megabytes(filled.rss - baseline.rss)}), heap ${megabytes(filled.heapUsed)} (~${perMeeting.toFixed(0)} bytes per meeting)`,
  );
  console.log(
    `  after 20,000 more requests: ${megabytes(afterTraffic.rss)} RSS (${afterTraffic.rss >= filled.rss ? '+' : ''}${megabytes(afterTraffic.rss - filled.rss)}), heap ${megabytes(afterTraffic.heapUsed)}`,
  );
  const checks = [
    [`GET /users/me ≥ 2,000 req/s`, results[0]!.perSecond >= 2_000],
    [`meeting creation ≥ 1,000 req/s`, results[1]!.perSecond >= 1_000],
    [`no failed requests`, results.every((result) => result.failures === 0)],
    [`heap flat under traffic (< 10 MB growth)`, afterTraffic.heapUsed - filled.heapUsed < 10 * 1024 * 1024],
  ] as const;
  console.log('');
  for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'LOW '} ${name}`);
  if (process.argv.includes('--strict') && checks.some(([, ok]) => !ok)) process.exitCode = 1;
  child.send({ type: 'stop' });
  agent.destroy();
}

await main();
