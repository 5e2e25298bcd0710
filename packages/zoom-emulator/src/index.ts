/**
 * `@parley/zoom-emulator`: a stateful stand-in for Zoom's OAuth, REST API and webhooks.
 * Start one with {@link startZoomEmulator}; drive it with `emulator.control` or `/_emulator/…`.
 */
export {
  type AccountChanges,
  type AppChanges,
  type OperatorOption,
  ZoomEmulatorControl,
} from './control/control-api.ts';
export { ControlError } from './control/control-error.ts';
export type {
  AccountSnapshot,
  EmulatorSnapshot,
  MeetingSnapshot,
  UserSnapshot,
} from './control/snapshot-state.ts';
export type { CountersSnapshot, RefreshTally } from './counters/counters.ts';
export type { EmulatorLogger } from './emulator-context.ts';
export type { Fault, FaultSpec } from './faults/fault-injector.ts';
export { OAUTH_FAILURES } from './oauth/oauth-errors.ts';
export { ADMIN_REQUIRED_MESSAGE } from './pages/render-oauth-pages.ts';
export { MEETING_WRITES_PER_HOST_PER_DAY, PER_SECOND_LIMITS } from './rate-limit/rate-limiter.ts';
export { ENDPOINT_SCOPES } from './rest/endpoint-scopes.ts';
export { startZoomEmulator, type ZoomEmulator, type ZoomEmulatorOptions } from './start-zoom-emulator.ts';
export {
  ADMIN_SCOPES,
  createDefaultSeed,
  SEEDED_PASSWORD,
  SEEDED_WEBHOOK_SECRET,
  seededMemberName,
  USER_SCOPES,
} from './state/default-seed.ts';
export type { EmulatorState } from './state/emulator-state.ts';
export { stableZoomId } from './state/ids.ts';
export { parseSeed, type Seed, type SeedInput } from './state/seed-schema.ts';
export {
  type AuthorizationOutcome,
  type CompleteAuthorizationOptions,
  completeAuthorization,
} from './testing/complete-authorization.ts';
export type { DeliveryAttempt, EndpointValidation, WebhookDelivery } from './webhooks/webhook-dispatcher.ts';
