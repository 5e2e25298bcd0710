import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, csrfTokenForSession } from '../../accounts/sessions.ts';
import type { TestSession } from '../../test/create-test-app.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import {
  type Operation,
  operationUrl,
  readOperations,
  sampleValue,
  stringProperties,
} from './openapi-operations.ts';

const parley = useTestApp();
let operations: Operation[];
let adminUserId: string;

beforeAll(async () => {
  const created = await parley.createOrganization('Fuzz Co', [{ role: 'admin' }]);
  adminUserId = created.userIds['admin@fuzz-co.test']!;
  operations = await readOperations(parley);
});

/**
 * A fresh admin session for each operation, made directly (no login): one operation's fuzz (logout,
 * a password change) must not sign the next one out, and logins would meet the sign-in limits.
 */
async function adminSession(): Promise<TestSession> {
  const { token } = await createSession(parley.database.db, adminUserId, 1);
  return {
    userId: adminUserId,
    organizationId: '',
    email: 'admin@fuzz-co.test',
    cookie: `parley_session=${token}`,
    csrfToken: csrfTokenForSession(token),
  };
}

const nul = 'a\u0000b';
const loneSurrogate = 'a\ud800b';
const oneMegabyte = 'x'.repeat(1_000_000);
const json = { 'content-type': 'application/json' };

interface FuzzCall {
  what: string;
  url: string;
  payload?: string;
  headers?: Record<string, string>;
}

/** The bad requests for one operation: path, query and body variants around one plausible request. */
function fuzzCalls(operation: Operation): FuzzCall[] {
  const validPath = Object.fromEntries(
    operation.pathParameters.map((parameter) => [parameter.name, String(sampleValue(parameter.schema))]),
  );
  const validQuery = new URLSearchParams(
    operation.queryParameters
      .filter((parameter) => parameter.required)
      .map((parameter): [string, string] => [parameter.name, String(sampleValue(parameter.schema))]),
  ).toString();
  const url = operationUrl(operation.path, validPath, validQuery);
  const calls: FuzzCall[] = [];
  for (const parameter of operation.pathParameters) {
    for (const [label, value] of [
      ['NUL', nul],
      ['lone surrogate', loneSurrogate],
      ['traversal', '../../etc/passwd'],
      ['long', 'y'.repeat(20_000)],
      ['wrong type', '12345'],
    ] as const) {
      calls.push({
        what: `path ${parameter.name}: ${label}`,
        url: operationUrl(operation.path, { ...validPath, [parameter.name]: value }, validQuery),
      });
    }
  }
  for (const parameter of operation.queryParameters) {
    for (const [label, value] of [
      ['NUL', nul],
      ['lone surrogate (%ED%A0%80)', null],
      ['long', 'q'.repeat(100_000)],
      ['wrong type', '[object Object]'],
    ] as const) {
      const query = new URLSearchParams(validQuery);
      query.set(parameter.name, value ?? '');
      const encoded =
        value === null ? `${query}`.replace(`${parameter.name}=`, `${parameter.name}=%ED%A0%80`) : `${query}`;
      calls.push({
        what: `query ${parameter.name}: ${label}`,
        url: operationUrl(operation.path, validPath, encoded),
      });
    }
    calls.push({
      what: `query ${parameter.name}: repeated`,
      url: operationUrl(operation.path, validPath, `${validQuery}&${parameter.name}=a&${parameter.name}=b`),
    });
  }
  if (operation.method === 'GET') return calls;
  const base = (sampleValue(operation.body) ?? {}) as Record<string, unknown>;
  const body = (value: unknown) => ({ payload: JSON.stringify(value), headers: json });
  calls.push(
    { what: 'malformed JSON', url, payload: '{"a": ', headers: json },
    { what: 'empty JSON body', url, payload: '', headers: json },
    { what: 'JSON null', url, ...body(null) },
    { what: 'JSON array', url, ...body([base]) },
    { what: 'JSON string', url, ...body('text') },
    { what: '__proto__ key', url, payload: '{"__proto__": {"role": "admin"}}', headers: json },
    { what: 'text/plain body', url, payload: 'hello', headers: { 'content-type': 'text/plain' } },
    {
      what: 'form body',
      url,
      payload: 'a=1&b=2',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    { what: 'no content type', url, payload: '{}', headers: { 'content-type': '' } },
    { what: 'plausible body', url, ...body(base) },
    { what: 'extra fields', url, ...body({ ...base, extra: 1, organizationId: 'x', role: 'admin', id: 7 }) },
  );
  if (typeof base === 'object' && base !== null && !Array.isArray(base)) {
    for (const name of Object.keys(operation.body?.properties ?? {})) {
      for (const [label, value] of [
        ['number', 12345],
        ['object', { nested: true }],
        ['array', [1, 2]],
        ['null', null],
        ['boolean', false],
      ] as const) {
        calls.push({ what: `body ${name}: ${label}`, url, ...body({ ...base, [name]: value }) });
      }
    }
    for (const name of stringProperties(operation.body)) {
      for (const [label, value] of [
        ['NUL', nul],
        ['lone surrogate', loneSurrogate],
        ['1 MB', oneMegabyte],
      ] as const) {
        calls.push({ what: `body ${name}: ${label}`, url, ...body({ ...base, [name]: value }) });
      }
    }
  }
  return calls;
}

describe('fuzz: every operation of the OpenAPI document, as an admin with a CSRF token and anonymously', () => {
  it('never answers 5xx', async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const operation of operations) {
      const admin = await adminSession();
      for (const call of fuzzCalls(operation)) {
        for (const as of [admin, undefined]) {
          const response = await parley.request({
            method: operation.method,
            url: call.url,
            as,
            ...(call.payload === undefined ? {} : { payload: call.payload }),
            headers: call.headers,
          });
          calls += 1;
          if (response.statusCode >= 500) {
            failures.push(
              `${operation.key} ${call.what} as ${as ? 'admin' : 'anonymous'} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          }
        }
      }
    }
    console.log(`security fuzz: ${operations.length} operations, ${calls} calls, ${failures.length} × 5xx`);
    expect(operations.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 600_000);
});
