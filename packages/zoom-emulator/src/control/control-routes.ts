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
  passcodePolicy: z.record(z.string(), z.union([z.boolean(), z.number()])).optional(),
});
const clockSchema = z.object({ now: z.string().optional(), advanceMs: z.number().optional() });

type ControlHandler = (request: RouteRequest, body: Record<string, unknown>) => unknown;

/** Registers the control API under `/_emulator/` (see the README, "Control API"). */
export function registerControlRoutes(
  router: Router,
  context: EmulatorContext,
  control: ZoomEmulatorControl,
): void {
  const page: RouteHandler = () => htmlResponse(200, renderControlPage(context, control.snapshot()));
  const p = (request: RouteRequest, name: string) => request.params[name]!;
  router
    .add('GET', '/_emulator', page)
    .add('GET', '/_emulator/', page)
    .add(
      'GET',
      '/_emulator/state',
      handle(() => control.snapshot()),
    )
    .add(
      'POST',
      '/_emulator/reset',
      handle((_, body) => control.reset(body.seed as never)),
    )
    .add(
      'GET',
      '/_emulator/counters',
      handle(() => control.counters()),
    )
    .add(
      'DELETE',
      '/_emulator/counters',
      handle(() => control.resetCounters()),
    )
    .add(
      'POST',
      '/_emulator/accounts',
      handle((_, body) => control.createAccount(body)),
    )
    .add(
      'PATCH',
      '/_emulator/accounts/{account}',
      handle((r, body) => control.updateAccount(p(r, 'account'), parse(accountChangesSchema, body))),
    )
    .add(
      'POST',
      '/_emulator/accounts/{account}/users',
      handle((r, body) => control.createUser(p(r, 'account'), body)),
    )
    .add(
      'POST',
      '/_emulator/accounts/{account}/rooms',
      handle((r, body) => control.createRoom(p(r, 'account'), body)),
    )
    .add(
      'DELETE',
      '/_emulator/accounts/{account}/apps/{clientId}',
      handle((r) => ({
        uninstalled: control.uninstallApp(p(r, 'account'), p(r, 'clientId'), {
          user: r.query.get('user') ?? undefined,
        }),
      })),
    )
    .add(
      'PATCH',
      '/_emulator/users/{user}',
      handle((r, body) => changeUser(control, p(r, 'user'), parse(userChangesSchema, body))),
    )
    .add(
      'DELETE',
      '/_emulator/users/{user}',
      handle((r) => control.deleteUser(p(r, 'user'), { operator: r.query.get('operator') ?? undefined })),
    )
    .add(
      'POST',
      '/_emulator/apps',
      handle((_, body) => control.createApp(body)),
    )
    .add(
      'PUT',
      '/_emulator/apps/{clientId}',
      handle((r, body) => control.updateApp(p(r, 'clientId'), parse(appChangesSchema, body))),
    )
    .add(
      'POST',
      '/_emulator/apps/{clientId}/validate',
      handle((r) => control.validateWebhookEndpoint(p(r, 'clientId'))),
    )
    .add(
      'PATCH',
      '/_emulator/meetings/{meetingId}',
      handle((r, body) => control.updateMeetingInZoom(p(r, 'meetingId'), body)),
    )
    .add(
      'DELETE',
      '/_emulator/meetings/{meetingId}',
      handle((r) => control.deleteMeetingInZoom(p(r, 'meetingId'))),
    )
    .add(
      'POST',
      '/_emulator/meetings/{meetingId}/start',
      handle((r) => control.startMeeting(p(r, 'meetingId'))),
    )
    .add(
      'POST',
      '/_emulator/meetings/{meetingId}/end',
      handle((r) => control.endMeeting(p(r, 'meetingId'))),
    )
    .add(
      'GET',
      '/_emulator/faults',
      handle(() => control.faults()),
    )
    .add(
      'POST',
      '/_emulator/faults',
      handle((_, body) => control.injectFault(body)),
    )
    .add(
      'DELETE',
      '/_emulator/faults',
      handle(() => control.clearFaults()),
    )
    .add(
      'DELETE',
      '/_emulator/faults/{id}',
      handle((r) => ({ removed: control.removeFault(p(r, 'id')) })),
    )
    .add(
      'GET',
      '/_emulator/webhooks',
      handle(async (r) => {
        if (r.query.get('settle') === '1') await control.webhooksSettled();
        return control.webhookDeliveries();
      }),
    )
    .add(
      'GET',
      '/_emulator/clock',
      handle(() => ({ now: control.now().toISOString() })),
    )
    .add(
      'PUT',
      '/_emulator/clock',
      handle((_, body) => setClock(control, parse(clockSchema, body))),
    )
    .add(
      'PUT',
      '/_emulator/rate-limits',
      handle((_, body) => control.setRateLimits(body.enabled !== false)),
    )
    .add(
      'POST',
      '/_emulator/tokens/expire',
      handle((_, body) => ({ expired: control.expireAccessTokens(body as never) })),
    );
}

function changeUser(
  control: ZoomEmulatorControl,
  user: string,
  changes: z.output<typeof userChangesSchema>,
): void {
  const options = { operator: changes.operator };
  if (changes.role) control.setUserRole(user, changes.role, options);
  if (changes.type) control.setUserType(user, changes.type, options);
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
