import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { useWorld } from '../../apps/server/src/test/use-world.ts';
import { launchBrowser, type TestBrowser } from './launch-browser.ts';
import { DEMO_PASSWORD, type RunningParley, startParley } from './start-parley.ts';

/** What a browser test starts from: Parley as `npm start` runs it, Chromium, and one way to log in. */
export interface BrowserWorld {
  parley: RunningParley;
  browser: TestBrowser;
  logIn: (page: Page, email: string, options?: LogInOptions) => Promise<void>;
  /** Stops what the start-up started, the last started first. */
  close: () => Promise<void>;
}

export interface LogInOptions {
  /** The demo password unless the test changed it. */
  password?: string;
  /**
   * The level-1 heading of the page the person lands on (a string matches it whole); without it, waits
   * until they left /login.
   */
  landing?: string | RegExp;
}

/**
 * Runs `build`, which registers how to stop each thing it starts, and returns its world with one close()
 * that stops them in reverse order; a start-up that fails half-way stops what it had started (the test's
 * afterAll has no world to close then).
 */
export async function startInOrder<World>(
  build: (onClose: (close: () => Promise<unknown>) => void) => Promise<World>,
): Promise<World & { close: () => Promise<void> }> {
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) await closer();
  };
  try {
    const world = await build((closer) => closers.push(closer));
    return { ...world, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Logs `email` in through the login form on `page`, with its cookies cleared first so the page may have
 * held another person, and waits for the page they land on.
 */
export async function logInOnPage(page: Page, baseUrl: string, email: string, options: LogInOptions = {}) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (options.landing) {
    await page.getByRole('heading', { level: 1, name: options.landing, exact: true }).waitFor();
  } else {
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }
}

/** Switches the page's language in the header's select and waits until the page speaks it. */
export async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('banner').getByRole('combobox').selectOption(language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  // Signed in, the choice is saved to the profile after the page switched: a navigation before the save
  // landed would load the page in the language saved before (seen once in CI).
  await expect
    .poll(async () => {
      const me = await page.request.get(new URL('/api/me', page.url()).href);
      if (me.status() === 401) return language;
      return ((await me.json()) as { user: { language: string } }).user.language;
    })
    .toBe(language);
}

/** Parley on a fresh data directory (`env` added to its environment) and a browser. */
export async function startBrowserWorld(env: Record<string, string> = {}): Promise<BrowserWorld> {
  return startInOrder(async (onClose) => {
    const parley = await startParley(env);
    onClose(() => parley.stop());
    const browser = await launchBrowser();
    onClose(() => browser.close());
    const logIn = (page: Page, email: string, options?: LogInOptions) =>
      logInOnPage(page, parley.url, email, options);
    return { parley, browser, logIn };
  });
}

/** A browser world (see startBrowserWorld) started before the file's tests and closed after them. */
export function useBrowserWorld(env: Record<string, string> = {}): BrowserWorld {
  return useWorld(() => startBrowserWorld(env));
}
