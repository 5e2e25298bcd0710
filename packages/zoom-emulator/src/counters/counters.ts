/** Outcome of token refreshes for one app on one account. */
export interface RefreshTally {
  succeeded: number;
  failed: number;
}

/** A JSON view of every counter (what `GET /_emulator/counters` returns). */
export interface CountersSnapshot {
  since: string;
  requests: Record<string, { total: number; byStatus: Record<string, number> }>;
  tokens: {
    issued: Record<string, number>;
    /** clientId → accountId → tally. `unknown` account: a refresh token the emulator never issued. */
    refreshes: Record<string, Record<string, RefreshTally>>;
  };
  rateLimited: { total: number; byType: Record<string, number>; byRoute: Record<string, number> };
  webhooks: { delivered: number; failed: number; retried: number; byEvent: Record<string, number> };
}

/** Calls per route, token grants and refreshes, 429s and webhook deliveries since the last reset. */
export class Counters {
  #since: number;
  #requests = new Map<string, { total: number; byStatus: Map<number, number> }>();
  #issued = new Map<string, number>();
  #refreshes = new Map<string, Map<string, RefreshTally>>();
  #rateLimited = { total: 0, byType: new Map<string, number>(), byRoute: new Map<string, number>() };
  #webhooks = { delivered: 0, failed: 0, retried: 0, byEvent: new Map<string, number>() };

  constructor(now: number) {
    this.#since = now;
  }

  /** Starts counting again from zero. */
  reset(now: number): void {
    this.#since = now;
    this.#requests.clear();
    this.#issued.clear();
    this.#refreshes.clear();
    this.#rateLimited = { total: 0, byType: new Map(), byRoute: new Map() };
    this.#webhooks = { delivered: 0, failed: 0, retried: 0, byEvent: new Map() };
  }

  recordRequest(routeKey: string, status: number): void {
    let entry = this.#requests.get(routeKey);
    if (!entry) {
      entry = { total: 0, byStatus: new Map() };
      this.#requests.set(routeKey, entry);
    }
    entry.total++;
    entry.byStatus.set(status, (entry.byStatus.get(status) ?? 0) + 1);
  }

  recordTokenIssued(grantType: string): void {
    increment(this.#issued, grantType);
  }

  recordRefresh(clientId: string, accountId: string, succeeded: boolean): void {
    let byAccount = this.#refreshes.get(clientId);
    if (!byAccount) {
      byAccount = new Map();
      this.#refreshes.set(clientId, byAccount);
    }
    let tally = byAccount.get(accountId);
    if (!tally) {
      tally = { succeeded: 0, failed: 0 };
      byAccount.set(accountId, tally);
    }
    if (succeeded) tally.succeeded++;
    else tally.failed++;
  }

  /** Successful refreshes of `clientId` on `accountId` (0 when none). */
  refreshCount(clientId: string, accountId: string): number {
    return this.#refreshes.get(clientId)?.get(accountId)?.succeeded ?? 0;
  }

  recordRateLimited(routeKey: string, type: string): void {
    this.#rateLimited.total++;
    increment(this.#rateLimited.byType, type);
    increment(this.#rateLimited.byRoute, routeKey);
  }

  recordWebhook(event: string, outcome: 'delivered' | 'failed' | 'retried'): void {
    this.#webhooks[outcome]++;
    if (outcome === 'delivered') increment(this.#webhooks.byEvent, event);
  }

  snapshot(): CountersSnapshot {
    const requests: CountersSnapshot['requests'] = {};
    for (const [routeKey, entry] of this.#requests) {
      requests[routeKey] = { total: entry.total, byStatus: Object.fromEntries(entry.byStatus) };
    }
    const refreshes: CountersSnapshot['tokens']['refreshes'] = {};
    for (const [clientId, byAccount] of this.#refreshes) {
      refreshes[clientId] = Object.fromEntries(
        [...byAccount].map(([account, tally]) => [account, { ...tally }]),
      );
    }
    return {
      since: new Date(this.#since).toISOString(),
      requests,
      tokens: { issued: Object.fromEntries(this.#issued), refreshes },
      rateLimited: {
        total: this.#rateLimited.total,
        byType: Object.fromEntries(this.#rateLimited.byType),
        byRoute: Object.fromEntries(this.#rateLimited.byRoute),
      },
      webhooks: {
        delivered: this.#webhooks.delivered,
        failed: this.#webhooks.failed,
        retried: this.#webhooks.retried,
        byEvent: Object.fromEntries(this.#webhooks.byEvent),
      },
    };
  }
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
