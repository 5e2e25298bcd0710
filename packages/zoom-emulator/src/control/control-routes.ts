import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteHandler, RouteRequest } from '../http/route-types.ts';
import type { Router } from '../http/router.ts';
import { emptyResponse, htmlResponse, jsonResponse } from '../http/send-response.ts';
import { renderControlPage } from '../pages/render-control-page.ts';
import type { ZoomEmulatorControl } from './control-api.ts';
import { ControlError } from './control-error.ts';

const userChangesSchema = z.object({
  role: z.enum(['owner', 'admin', 'member']).optional(),
  status: z.enum(['active', 'inactive']).optional(),
  type: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(),
  concurrentMeeting: z.enum(['Basic', 'Plus', 'None']).optional(),
  operator: z.string().optional(),
});
const appChangesSchema = z.object({
  name: z.string().min(1).optional(),
  webhookUrl: z.url().nullable().optional(),
  scopes: z.array(z.string()).optional(),
  redirectUrls: z.array(z.string()).optional(),
  events: z.array(z.string()).nullable().optional(),
  disabled: z.boolean().optional(),
  validate: z.boolean().optional(),
});
const accountChangesSchema = z.object({
  name: z.string().min(1).optional(),
  plan: z.enum(['free', 'pro', 'business']).optional(),
  requirePreApproval: z.boolean().optional(),
  preApprovedApps: z.array(z.string()).optional(),
  passcodePolicy: z
    .object({
      requirePasscode: z.boolean(),
      minLength: z.number().int().min(1).max(10),
      requireLetter: z.boolean(),
      requireNumber: z.boolean(),
      onlyNumeric: z.boolean(),
    })
    .partial()
    .optional(),
});
const clockSchema = z.object({ now: z.string().optional(), advanceMs: z.number().optional() });

type ControlHandler = (request: RouteRequest, body: Record<string, unknown>) => unknown;
type ControlRoute = [method: string, path: string, operation: ControlHandler];

const param = (request: RouteRequest, name: string) => request.params[name]!;
const queryValue = (request: RouteRequest, name: string) => request.query.get(name) ?? undefined;

/** Registers the control API under `/_emulator/` (see the README, "Control API"). */
export function registerControlRoutes(
  router: Router,
  context: EmulatorContext,
  control: ZoomEmulatorControl,
): void {
  const page: RouteHandler = () => htmlResponse(200, renderControlPage(context, control.snapshot()));
  router.add('GET', '/_emulator', page).add('GET', '/_emulator/', page);
  for (const [method, path, operation] of [
    ...stateRoutes(control),
    ...directoryRoutes(control),
    ...meetingRoutes(control),
  ]) {
    router.add(method, `/_emulator${path}`, handle(operation));
  }
}

function stateRoutes(control: ZoomEmulatorControl): ControlRoute[] {
  return [
    ['GET', '/state', () => control.snapshot()],
    ['POST', '/reset', (_, body) => control.reset(body.seed as never)],
    ['GET', '/counters', () => control.counters()],
    ['DELETE', '/counters', () => control.resetCounters()],
    ['GET', '/faults', () => control.faults()],
    ['POST', '/faults', (_, body) => control.injectFault(body)],
    ['DELETE', '/faults', () => control.clearFaults()],
    ['DELETE', '/faults/{id}', (request) => ({ removed: control.removeFault(param(request, 'id')) })],
    ['GET', '/webhooks', (request) => webhookLog(control, request.query.get('settle') === '1')],
    ['GET', '/clock', () => ({ now: control.now().toISOString() })],
    ['PUT', '/clock', (_, body) => setClock(control, parse(clockSchema, body))],
    ['PUT', '/rate-limits', (_, body) => control.setRateLimits(body.enabled !== false)],
    ['POST', '/tokens/expire', (_, body) => ({ expired: control.expireAccessTokens(body as never) })],
  ];
}

function directoryRoutes(control: ZoomEmulatorControl): ControlRoute[] {
  return [
    ['POST', '/accounts', (_, body) => control.createAccount(body)],
    [
      'PATCH',
      '/accounts/{account}',
      (r, body) => control.updateAccount(param(r, 'account'), parse(accountChangesSchema, body)),
    ],
    ['POST', '/accounts/{account}/users', (r, body) => control.createUser(param(r, 'account'), body)],
    ['POST', '/accounts/{account}/rooms', (r, body) => control.createRoom(param(r, 'account'), body)],
    [
      'DELETE',
      '/accounts/{account}/apps/{clientId}',
      (r) => ({
        uninstalled: control.uninstallApp(param(r, 'account'), param(r, 'clientId'), {
          user: queryValue(r, 'user'),
        }),
      }),
    ],
    [
      'PATCH',
      '/users/{user}',
      (r, body) => changeUser(control, param(r, 'user'), parse(userChangesSchema, body)),
    ],
    [
      'DELETE',
      '/users/{user}',
      (r) => control.deleteUser(param(r, 'user'), { operator: queryValue(r, 'operator') }),
    ],
    ['POST', '/apps', (_, body) => control.createApp(body)],
    [
      'PUT',
      '/apps/{clientId}',
      (r, body) => control.updateApp(param(r, 'clientId'), parse(appChangesSchema, body)),
    ],
    ['POST', '/apps/{clientId}/validate', (r) => control.validateWebhookEndpoint(param(r, 'clientId'))],
  ];
}

function meetingRoutes(control: ZoomEmulatorControl): ControlRoute[] {
  return [
    ['PATCH', '/meetings/{meetingId}', (r, body) => control.updateMeetingInZoom(param(r, 'meetingId'), body)],
    ['DELETE', '/meetings/{meetingId}', (r) => control.deleteMeetingInZoom(param(r, 'meetingId'))],
    ['POST', '/meetings/{meetingId}/start', (r) => control.startMeeting(param(r, 'meetingId'))],
    ['POST', '/meetings/{meetingId}/end', (r) => control.endMeeting(param(r, 'meetingId'))],
  ];
}

async function webhookLog(control: ZoomEmulatorControl, settle: boolean) {
  if (settle) await control.webhooksSettled();
  return control.webhookDeliveries();
}

function changeUser(
  control: ZoomEmulatorControl,
  user: string,
  changes: z.output<typeof userChangesSchema>,
): void {
  const options = { operator: changes.operator };
  if (changes.role) control.setUserRole(user, changes.role, options);
  if (changes.type) control.setUserType(user, changes.type, options);
  if (changes.concurrentMeeting) control.setUserConcurrentMeeting(user, changes.concurrentMeeting);
  if (changes.status) control.setUserStatus(user, changes.status, options);
}

function setClock(control: ZoomEmulatorControl, changes: z.output<typeof clockSchema>) {
  if (changes.now) control.setTime(changes.now);
  if (changes.advanceMs) control.advanceClock(changes.advanceMs);
  return { now: control.now().toISOString() };
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ControlError(400, 'Invalid input', result.error.issues);
  return result.data;
}

function handle(operation: ControlHandler): RouteHandler {
  return async (request) => {
    let body: Record<string, unknown> = {};
    const text = (await request.readBody()).toString('utf8');
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return jsonResponse(400, { error: 'Body must be JSON' });
      }
      if (typeof body !== 'object' || body === null)
        return jsonResponse(400, { error: 'Body must be a JSON object' });
    }
    try {
      const result = await operation(request, body);
      return result === undefined ? emptyResponse(204) : jsonResponse(200, result);
    } catch (error) {
      if (error instanceof ControlError)
        return jsonResponse(error.status, { error: error.message, details: error.details });
      throw error;
    }
  };
}
