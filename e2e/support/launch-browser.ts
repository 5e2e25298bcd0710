import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, started the way this machine allows (no sandbox, no background networking). */
export interface TestBrowser {
  /** The default context: one person's cookies. */
  context: BrowserContext;
  newPage: () => Promise<Page>;
  /** A page in a fresh context — another person, with no cookies (neither Parley's nor Zoom's). */
  newPersonPage: () => Promise<Page>;
  close: () => Promise<void>;
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium (Playwright gives it a fresh temporary profile directory and removes it on close);
 * `locale` sets the browser's Accept-Language.
 */
export async function launchBrowser(options: { locale?: string } = {}): Promise<TestBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const contextOptions = {
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
  };
  const context = await browser.newContext(contextOptions);
  return {
    context,
    newPage: () => context.newPage(),
    newPersonPage: async () => (await browser.newContext(contextOptions)).newPage(),
    close: () => browser.close(),
  };
}
