import { createTestApp, type TestApp, type TestAppOptions } from './create-test-app.ts';
import { useWorld } from './use-world.ts';

/**
 * The test file's Parley: started in its beforeAll and closed in its afterAll, read through as
 * {@link useWorld} reads (so `parley.request(…)` in a test or a later hook).
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  return useWorld(() => createTestApp(options));
}
