/**
 * Copies the response and webhook schemas the fidelity tests use out of Zoom's OpenAPI files into
 * `test/fixtures/openapi/`, with `sources.json` naming each file and JSON pointer.
 * Usage: node --import tsx scripts/extract-openapi-fixtures.ts [openapi-dir]   (default ../../../shared/zoom/openapi)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const openapiDirectory = resolve(process.argv[2] ?? join(here, '../../../../shared/zoom/openapi'));
const fixturesDirectory = join(here, '../test/fixtures/openapi');

const JSON_BODY = 'content/application~1json/schema';
const FIXTURES: { name: string; file: string; pointer: string }[] = [
  {
    name: 'list-users.response',
    file: 'zoom-users.endpoints.json',
    pointer: `/paths/~1users/get/responses/200/${JSON_BODY}`,
  },
  {
    name: 'get-user.response',
    file: 'zoom-users.endpoints.json',
    pointer: `/paths/~1users~1{userId}/get/responses/200/${JSON_BODY}`,
  },
  {
    // The answer without `option`: the first of Zoom's `oneOf` (the others, for `option=…`, have no required
    // fields, so every object would match more than one of them).
    name: 'get-user-settings.response',
    file: 'zoom-users.endpoints.json',
    pointer: `/paths/~1users~1{userId}~1settings/get/responses/200/${JSON_BODY}/oneOf/0`,
  },
  {
    name: 'create-meeting.response',
    file: 'ZoomMeetingAPISpec.2023-10.json',
    pointer: `/paths/~1users~1{userId}~1meetings/post/responses/201/${JSON_BODY}`,
  },
  {
    name: 'list-meetings.response',
    file: 'ZoomMeetingAPISpec.2023-10.json',
    pointer: `/paths/~1users~1{userId}~1meetings/get/responses/200/${JSON_BODY}`,
  },
  {
    name: 'get-meeting.response',
    file: 'ZoomMeetingAPISpec.2023-10.json',
    pointer: `/paths/~1meetings~1{meetingId}/get/responses/200/${JSON_BODY}`,
  },
  {
    name: 'list-rooms.response',
    file: 'zoom-rooms.endpoints.json',
    pointer: `/paths/~1rooms/get/responses/200/${JSON_BODY}`,
  },
  ...['user.updated', 'user.deactivated', 'user.activated', 'user.deleted'].map((event) => ({
    name: `${event.replace('.', '-')}.webhook`,
    file: 'zoom-users.webhooks.json',
    pointer: `/webhooks/${event}/post/requestBody/${JSON_BODY}`,
  })),
  {
    name: 'app-deauthorized.webhook',
    file: 'zoom-marketplace.webhooks.json',
    pointer: `/webhooks/app_deauthorized/post/requestBody/${JSON_BODY}`,
  },
];

function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`${pointer}: no ${key}`);
  }
  return node;
}

const sources: Record<string, { file: string; pointer: string; sha256: string }> = {};
for (const fixture of FIXTURES) {
  const text = readFileSync(join(openapiDirectory, fixture.file), 'utf8');
  const schema = resolvePointer(JSON.parse(text), fixture.pointer);
  writeFileSync(join(fixturesDirectory, `${fixture.name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  sources[fixture.name] = {
    file: fixture.file,
    pointer: fixture.pointer,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}
writeFileSync(join(fixturesDirectory, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
console.log(`Wrote ${FIXTURES.length} schemas to ${fixturesDirectory}`);
