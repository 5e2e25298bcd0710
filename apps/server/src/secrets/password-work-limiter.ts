import { AppError, AppErrorCode } from '../errors/app-error.ts';

/** How much password hashing (scrypt, ~100 ms of CPU and 32 MiB each) one instance accepts. */
export interface PasswordWorkLimits {
  /** Hashes computed at the same time; the rest of the server keeps the remaining CPU. */
  maxConcurrent: number;
  /** Hashes waiting for a turn; beyond this the request is refused at once. */
  maxQueued: number;
  /** Hashes one client address may start in a burst… */
  perClientBurst: number;
  /** …and how many it regains per minute. */
  perClientPerMinute: number;
}

/**
 * Two hashes at once leave a two-core server's other requests (and libuv's other two threads) free; the
 * queue holds under two seconds of work (a busy office signing in at nine o'clock waits, it is not
 * refused); a client address (an office behind one NAT address) gets 100 at once and one a second after.
 */
export const defaultPasswordWorkLimits: PasswordWorkLimits = {
  maxConcurrent: 2,
  maxQueued: 32,
  perClientBurst: 100,
  perClientPerMinute: 60,
};

/** Runs password hashing within the limits, or refuses it with 429 TOO_MANY_REQUESTS. */
export interface PasswordWorkLimiter {
  /**
   * Runs `work` (one scrypt hash) once `clientAddress` has budget left and a hashing slot is free.
   * Throws `AppError(TooManyRequests)` with `meta.retryAfterSeconds` when the client used its budget or
   * the queue is full; the work is then not started.
   */
  run<T>(clientAddress: string | undefined, work: () => Promise<T>): Promise<T>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before full (idle) ones are dropped. */
const maxTrackedClients = 10_000;

/**
 * The per-instance guard against anonymous CPU exhaustion: sign-in, invitation accept and password change
 * all hash a password before anything else can refuse the request. A token bucket per client address
 * keeps one client from taking every turn; a small concurrency limit with a bounded queue keeps the
 * event loop and the thread pool responsive for everyone else however many clients flood it. Limits are
 * per instance on purpose: what they protect is this instance's CPU.
 */
export function createPasswordWorkLimiter(
  limits: PasswordWorkLimits = defaultPasswordWorkLimits,
  now: () => number = Date.now,
): PasswordWorkLimiter {
  const buckets = new Map<string, Bucket>();
  const waiting: (() => void)[] = [];
  let running = 0;
  const refillPerMs = limits.perClientPerMinute / 60_000;

  const takeToken = (clientAddress: string) => {
    const at = now();
    const bucket = buckets.get(clientAddress) ?? { tokens: limits.perClientBurst, updatedAt: at };
    bucket.tokens = Math.min(limits.perClientBurst, bucket.tokens + (at - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = at;
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      throw new AppError(AppErrorCode.TooManyRequests, { meta: { retryAfterSeconds } });
    }
    bucket.tokens -= 1;
    buckets.set(clientAddress, bucket);
    if (buckets.size > maxTrackedClients) dropFullBuckets(buckets, limits, refillPerMs, at);
  };

  const acquireSlot = async () => {
    if (running < limits.maxConcurrent) {
      running++;
      return;
    }
    if (waiting.length >= limits.maxQueued) {
      throw new AppError(AppErrorCode.TooManyRequests, { meta: { retryAfterSeconds: 1 } });
    }
    // The slot is handed over by releaseSlot, so `running` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };

  const releaseSlot = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    async run(clientAddress, work) {
      takeToken(clientAddress ?? 'unknown');
      await acquireSlot();
      try {
        return await work();
      } finally {
        releaseSlot();
      }
    },
  };
}

function dropFullBuckets(
  buckets: Map<string, Bucket>,
  limits: PasswordWorkLimits,
  refillPerMs: number,
  at: number,
): void {
  for (const [clientAddress, bucket] of buckets) {
    if (bucket.tokens + (at - bucket.updatedAt) * refillPerMs >= limits.perClientBurst) {
      buckets.delete(clientAddress);
    }
  }
}
