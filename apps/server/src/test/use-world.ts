import { afterAll, beforeAll } from 'vitest';

/**
 * Starts a world in the test file's beforeAll and closes it in its afterAll, so a file says what it runs
 * against in one line instead of a `let`, two hooks and a close. The world does not exist until beforeAll
 * ran, so the answer reads through to it then: `world.parley.url` inside a test or a later hook. A read
 * before that (at the file's top level) throws, naming what was read, rather than handing out undefined.
 */
export function useWorld<World extends { close: () => Promise<void> }>(start: () => Promise<World>): World {
  let world: World | undefined;
  beforeAll(async () => {
    world = await start();
  });
  afterAll(() => world?.close());
  return new Proxy({} as World, {
    get(_target, key) {
      if (!world) throw new Error(`The test world's ${String(key)} was read before beforeAll started it.`);
      return world[key as keyof World];
    },
  });
}
