// The package entry of @parley/server (see package.json "exports"): what other workspaces (bench, e2e,
// tools) may use. The test harness lives in ./test/create-test-app.ts.
export { type Config, ConfigError, loadConfig, renderConfigurationTable } from './config.ts';
export { type BuildAppOptions, buildApp } from './http/build-app.ts';
export type { Services } from './services.ts';
export { type RunningServer, type StartServerOptions, startServer } from './start-server.ts';
