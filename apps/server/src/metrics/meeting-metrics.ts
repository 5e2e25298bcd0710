import { Counter, Histogram, Registry } from 'prom-client';

/**
 * The metrics of Parley's own work, kept for the life of the process and served by `/metrics` beside the
 * HTTP and job metrics (docs/operations.md, "Metrics"). Module-wide, because the code that counts (a Zoom
 * call deep in a job) should not need the HTTP app to hand it a registry.
 */
export const workMetrics = new Registry();

/** How a Zoom call ended, for `parley_zoom_calls_total`. */
export type ZoomCallOutcome = 'success' | 'zoom_error' | 'rate_limited' | 'no_answer';

/** Every meeting call Parley makes to Zoom, by operation, outcome and Zoom's code (or HTTP status). */
export const zoomCalls = new Counter({
  name: 'parley_zoom_calls_total',
  help: "Zoom meeting calls by operation (create, update, delete, get, list), outcome (success, zoom_error, rate_limited, no_answer) and Zoom's code",
  labelNames: ['operation', 'outcome', 'zoom_code'] as const,
  registers: [workMetrics],
});

export const zoomCallDuration = new Histogram({
  name: 'parley_zoom_call_duration_seconds',
  help: 'Duration of Zoom meeting calls by operation, including the client’s own quick retries',
  labelNames: ['operation'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
  registers: [workMetrics],
});

/** Meeting operations that failed and will run again (backoff), by the Zoom operation and the reason. */
export const meetingRetries = new Counter({
  name: 'parley_meeting_retries_total',
  help: 'Meeting operations that failed and are retried with backoff, by Zoom operation and reason',
  labelNames: ['operation', 'reason'] as const,
  registers: [workMetrics],
});

/** Meeting operations given up on (the interview needs attention, the admins are told), by reason. */
export const meetingFailures = new Counter({
  name: 'parley_meeting_failures_total',
  help: 'Meeting operations given up on (interview needs attention), by Zoom operation and reason',
  labelNames: ['operation', 'reason'] as const,
  registers: [workMetrics],
});

/** Reconcile runs by what started them and how they ended (a failed run decided nothing). */
export const reconcileRuns = new Counter({
  name: 'parley_reconcile_runs_total',
  help: 'Reconcile runs (Parley’s upcoming interviews compared with Zoom) by trigger (schedule, admin) and outcome (finished, failed)',
  labelNames: ['trigger', 'outcome'] as const,
  registers: [workMetrics],
});

/**
 * What reconcile runs found, summed over runs: one series per count a run records (`missing`,
 * `orphansDeleted`, `drifted`, …), so an alert can watch the ones that should stay at 0.
 */
export const reconcileFindings = new Counter({
  name: 'parley_reconcile_findings_total',
  help: 'What reconcile runs found and did, by finding (interviewsChecked, hostsListed, missing, recreated, orphansDeleted, drifted, unknownMarked, failedHosts)',
  labelNames: ['finding'] as const,
  registers: [workMetrics],
});
