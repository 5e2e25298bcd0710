import { z } from 'zod';
import type { RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import { createZoomId } from '../state/ids.ts';

/** What the control API accepts to inject a fault (see the README, "Faults"). */
export const faultSpecSchema = z
  .object({
    /** `METHOD /template` (`POST /v2/users/{userId}/meetings`), `METHOD /concrete/path`, a prefix ending in `*`, or `*`. */
    route: z.string().min(1).default('*'),
    /** Delay added before the request is handled (or answered with the fault). */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Chance that a matching call is affected (error rate). */
    probability: z.number().min(0).max(1).default(1),
    /** Number of matching calls affected before the fault removes itself; absent = until cleared. */
    count: z.number().int().min(1).optional(),
    /** Answer with this status instead of handling the request. */
    status: z.number().int().min(100).max(599).optional(),
    /** Zoom error code for the body (defaults to the status). */
    code: z.number().int().optional(),
    message: z.string().optional(),
    /** Body shape: Zoom's JSON error, the XML error some Zoom gateways send, a proxy's HTML page, or nothing. */
    body: z.enum(['json', 'xml', 'html', 'empty']).default('json'),
    headers: z.record(z.string(), z.string()).optional(),
    /** Accept the request and never answer (the client must time out). */
    timeout: z.boolean().default(false),
    /** Close the connection without an answer (the client sees a reset socket). */
    reset: z.boolean().default(false),
    /**
     * With `timeout` or `reset`: handle the request first, then lose the answer — Zoom did the work (a
     * meeting exists) but the client cannot know.
     */
    afterHandling: z.boolean().default(false),
  })
  .refine((spec) => spec.latencyMs !== undefined || spec.status !== undefined || spec.timeout || spec.reset, {
    message: 'A fault needs latencyMs, status, timeout or reset',
  });

export type FaultSpec = z.input<typeof faultSpecSchema>;

/** An active fault, as listed by the control API. */
export interface Fault extends z.output<typeof faultSpecSchema> {
  id: string;
  hits: number;
}

/** The combined effect of the faults that apply to one call. */
export interface FaultEffect {
  latencyMs: number;
  /** How the answer is lost, if it is: held until the client gives up, or the connection closed. */
  lost: 'timeout' | 'reset' | null;
  /** The answer is lost only after the request was handled. */
  afterHandling: boolean;
  response: RouteResponse | null;
}

const NO_EFFECT: FaultEffect = { latencyMs: 0, lost: null, afterHandling: false, response: null };

/** Holds injected faults and decides, per call, which of them fire. */
export class FaultInjector {
  #faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...faultSpecSchema.parse(spec), id: createZoomId(), hits: 0 };
    this.#faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  clear(): void {
    this.#faults = [];
  }

  /** Which faults fire for this call; consumes their counts. */
  apply(routeKey: string, method: string, path: string): FaultEffect {
    if (this.#faults.length === 0) return NO_EFFECT;
    const effect: FaultEffect = { ...NO_EFFECT };
    for (const fault of this.#faults) {
      if (!routeMatches(fault.route, routeKey, `${method} ${path}`)) continue;
      if (fault.probability < 1 && Math.random() >= fault.probability) continue;
      fault.hits++;
      if (fault.count !== undefined) fault.count--;
      effect.latencyMs += fault.latencyMs ?? 0;
      if (fault.timeout || fault.reset) {
        effect.lost = fault.timeout ? 'timeout' : 'reset';
        effect.afterHandling = fault.afterHandling;
      } else if (fault.status !== undefined && !effect.response) effect.response = renderFaultResponse(fault);
    }
    this.#faults = this.#faults.filter((fault) => fault.count === undefined || fault.count > 0);
    return effect;
  }
}

function routeMatches(pattern: string, routeKey: string, concrete: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return routeKey.startsWith(prefix) || concrete.startsWith(prefix);
  }
  return pattern === routeKey || pattern === concrete;
}

function renderFaultResponse(fault: Fault): RouteResponse {
  const status = fault.status ?? 500;
  const code = fault.code ?? status;
  const message = fault.message ?? defaultMessage(status);
  const headers = fault.headers ?? {};
  if (fault.body === 'empty') return { status, headers };
  if (fault.body === 'html') {
    const html = `<html><head><title>${status} ${escapeXml(message)}</title></head><body><center><h1>${status} ${escapeXml(message)}</h1></center></body></html>`;
    return { status, headers: { 'content-type': 'text/html', ...headers }, body: html };
  }
  if (fault.body === 'xml') {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><error><code>${code}</code><message>${escapeXml(message)}</message></error>`;
    return { status, headers: { 'content-type': 'application/xml;charset=UTF-8', ...headers }, body: xml };
  }
  return jsonResponse(status, { code, message }, headers);
}

function defaultMessage(status: number): string {
  if (status === 429)
    return 'You have reached the maximum per-second rate limit for this API. Try again later.';
  if (status >= 500) return 'Internal Error.';
  return 'Injected fault.';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
