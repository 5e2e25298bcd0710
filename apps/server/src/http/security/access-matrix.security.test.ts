import type { Role } from '@parley/api-contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, csrfTokenForSession } from '../../accounts/sessions.ts';
import { inviteAndCatchMail } from '../../accounts/testing/invite-and-catch-mail.ts';
import { createJobWithApplicant, recruitingClient } from '../../recruiting/testing/recruiting-test-world.ts';
import type { TestSession } from '../../test/create-test-app.ts';
import { capturedLogs } from '../../test/log-secret-scan.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { type ExpectedAccess, expectedAccess } from './access-expectations.ts';
import { type Operation, operationUrl, readOperations, sampleValue } from './openapi-operations.ts';

type Caller = 'anonymous' | Role | 'admin of another organization';
const callersOfA: Caller[] = ['anonymous', 'admin', 'recruiter', 'interviewer'];

const parley = useTestApp();
let operations: Operation[];
const usersOfA = {} as Record<Role, string>;
let adminOfB: string;
/** Resources of organization A, by the path they are addressed under. */
const ofA = {
  userId: '',
  invitationId: '',
  mailId: '',
  jobId: '',
  stageId: '',
  candidateId: '',
  applicationId: '',
};

/** A fresh session made directly (no login), so a logout or a password change in one call spoils no other. */
async function sessionOf(userId: string): Promise<TestSession> {
  const { token } = await createSession(parley.database.db, userId, 1);
  return {
    userId,
    organizationId: '',
    email: '',
    cookie: `parley_session=${token}`,
    csrfToken: csrfTokenForSession(token),
  };
}

beforeAll(async () => {
  const a = await parley.createOrganization('Matrix A', [
    { role: 'admin' },
    { role: 'recruiter' },
    { role: 'interviewer' },
    { role: 'interviewer', email: 'target@matrix-a.test' },
  ]);
  for (const role of ['admin', 'recruiter', 'interviewer'] as const)
    usersOfA[role] = a.userIds[`${role}@matrix-a.test`]!;
  const b = await parley.createOrganization('Matrix B', [{ role: 'admin' }]);
  adminOfB = b.userIds['admin@matrix-b.test']!;
  ofA.userId = a.userIds['target@matrix-a.test']!;
  const admin = await sessionOf(usersOfA.admin);
  Object.assign(
    ofA,
    await inviteAndCatchMail(parley, admin, a.organizationId, {
      email: 'invitee@example.test',
      role: 'recruiter',
    }),
  );
  Object.assign(
    ofA,
    await createJobWithApplicant(
      recruitingClient(parley, admin),
      { title: 'Job of A' },
      { name: 'Candidate of A', email: 'c@example.test' },
    ),
  );
  operations = await readOperations(parley);
});

/**
 * The path values that address organization A's own resources. Interviews of A need a Zoom meeting to
 * exist, so their id is one A never had: the call still shows that B's admin meets 404, not a 5xx.
 */
function pathValuesOfA(operation: Operation): Record<string, string> {
  const { path } = operation;
  const id = path.startsWith('/api/users/')
    ? ofA.userId
    : path.startsWith('/api/invitations/{id}')
      ? ofA.invitationId
      : path.startsWith('/api/dev/mailbox/')
        ? ofA.mailId
        : path.startsWith('/api/jobs/')
          ? ofA.jobId
          : path.startsWith('/api/candidates/')
            ? ofA.candidateId
            : path.startsWith('/api/applications/')
              ? ofA.applicationId
              : '00000000-0000-4000-8000-00000000000a';
  return { id, stageId: ofA.stageId, token: 'unknown-token' };
}

function isAllowed(access: ExpectedAccess, caller: Caller): boolean {
  if (access === 'public') return true;
  if (caller === 'anonymous') return false;
  if (access === 'signed-in') return true;
  return access.includes(caller === 'admin of another organization' ? 'admin' : caller);
}

interface Outcome {
  calls: number;
  leaks: string[];
  serverErrors: string[];
}

async function call(operation: Operation, caller: Caller, pathValues: Record<string, string>) {
  const userId =
    caller === 'anonymous'
      ? undefined
      : caller === 'admin of another organization'
        ? adminOfB
        : usersOfA[caller];
  const as = userId ? await sessionOf(userId) : undefined;
  const query = new URLSearchParams(
    operation.queryParameters
      .filter((parameter) => parameter.required)
      .map((parameter): [string, string] => [parameter.name, String(sampleValue(parameter.schema))]),
  ).toString();
  return parley.request({
    method: operation.method,
    url: operationUrl(operation.path, pathValues, query),
    as,
    ...(operation.body ? { payload: sampleValue(operation.body) as object } : {}),
  });
}

describe('RBAC × tenant matrix over every operation of the OpenAPI document', () => {
  it('has an expectation for every documented operation, and none for an operation that is gone', () => {
    const documented = operations.map((operation) => operation.key).sort();
    expect(documented).toEqual(Object.keys(expectedAccess).sort());
  });

  it('refuses every caller the table refuses, and lets B’s admin reach nothing of A', async () => {
    const outcome: Outcome = { calls: 0, leaks: [], serverErrors: [] };
    for (const operation of operations) {
      const access = expectedAccess[operation.key];
      if (access === undefined) continue;
      const unknownIds = Object.fromEntries(
        operation.pathParameters.map((parameter) => [parameter.name, String(sampleValue(parameter.schema))]),
      );
      for (const caller of callersOfA) {
        const response = await call(operation, caller, { ...unknownIds, token: 'unknown-token' });
        outcome.calls += 1;
        const label = `${operation.key} as ${caller} → ${response.statusCode}`;
        if (response.statusCode >= 500) outcome.serverErrors.push(label);
        const code = response.statusCode >= 400 ? response.json().error?.code : undefined;
        if (isAllowed(access, caller)) {
          if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')
            outcome.leaks.push(`${label}: refused though allowed`);
        } else {
          const refusal = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (code !== refusal) outcome.leaks.push(`${label}: expected ${refusal}`);
        }
      }
      const targetsResources = operation.pathParameters.some((parameter) => parameter.name !== 'token');
      if (!targetsResources) continue;
      const response = await call(operation, 'admin of another organization', pathValuesOfA(operation));
      outcome.calls += 1;
      const label = `${operation.key} as the admin of another organization with A's ids → ${response.statusCode}`;
      if (response.statusCode >= 500) outcome.serverErrors.push(label);
      const allowedForAdmins = isAllowed(access, 'admin of another organization');
      const refused = allowedForAdmins ? [400, 404] : [403];
      if (!refused.includes(response.statusCode)) outcome.leaks.push(label);
    }
    console.log(
      `security matrix: ${operations.length} operations, ${outcome.calls} calls, ${outcome.leaks.length} leaks, ${outcome.serverErrors.length} × 5xx; ${capturedLogs.lines} log lines scanned, ${capturedLogs.findings.length} with a secret`,
    );
    expect(outcome.leaks).toEqual([]);
    expect(outcome.serverErrors).toEqual([]);
  }, 600_000);
});
