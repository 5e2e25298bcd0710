import type { RouteHandler } from './route-types.ts';

interface RouteEntry {
  method: string;
  segments: string[];
  routeKey: string;
  handler: RouteHandler;
}

/** The route a request matched, with its decoded path parameters. */
export interface RouteMatch {
  handler: RouteHandler;
  routeKey: string;
  params: Record<string, string>;
}

/**
 * A small exact-segment router for templates like `/v2/users/{userId}/meetings`. Routes match in the
 * order they were added, so register a static path before a parameterised one that would also match.
 */
export class Router {
  readonly #routes: RouteEntry[] = [];

  /** Registers `handler` for `method template`. */
  add(method: string, template: string, handler: RouteHandler): this {
    this.#routes.push({ method, segments: template.split('/'), routeKey: `${method} ${template}`, handler });
    return this;
  }

  /** Finds the route for `method` and raw `path`; undefined when none (or the path is not decodable). */
  match(method: string, path: string): RouteMatch | undefined {
    const segments = path.split('/');
    for (const route of this.#routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params = matchSegments(route.segments, segments);
      if (params) return { handler: route.handler, routeKey: route.routeKey, params };
    }
    return undefined;
  }
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let index = 0; index < template.length; index++) {
    const expected = template[index]!;
    const segment = actual[index]!;
    if (expected.startsWith('{')) {
      if (segment === '') return undefined;
      const decoded = safeDecode(segment);
      if (decoded === undefined) return undefined;
      params[expected.slice(1, -1)] = decoded;
    } else if (expected !== segment) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
