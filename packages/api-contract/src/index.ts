/**
 * The HTTP API's contract, shared by the server (routes, OpenAPI at /api/docs) and the web app: the zod
 * schema of every request and response, the error codes, the audit action names and the status enums.
 * Each domain keeps its plain values (no zod) apart from its schemas, so the web app can import values at
 * run time and types with `import type` without bundling zod. How to add an endpoint: docs/api.md.
 */
export * from './accounts/email.ts';
export * from './accounts/schemas.ts';
export * from './accounts/time-zone.ts';
export * from './accounts/time-zone-names.ts';
export * from './accounts/values.ts';
export * from './audit/schemas.ts';
export * from './audit/values.ts';
export * from './common.ts';
export * from './dev-mailbox.ts';
export * from './error-codes.ts';
export * from './health.ts';
export * from './interviews/index.ts';
export * from './notifications/message-template.ts';
export * from './notifications/message-template-schemas.ts';
export * from './notifications/schemas.ts';
export * from './notifications/values.ts';
export * from './recruiting/index.ts';
export * from './template-placeholders.ts';
export * from './text.ts';
export * from './zoom/connections.ts';
export * from './zoom/directory.ts';
export * from './zoom/host-label.ts';
export * from './zoom/values.ts';
export * from './zoom/webhooks.ts';
