import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Screenshots for a person to look at (not compared): SCREENSHOT_DIR=/tmp/shots npx vitest run …; the whole
 * page, or only what the viewport shows (a dialog over the page).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const directory = process.env.SCREENSHOT_DIR;
  if (directory) {
    await page.screenshot({ path: `${directory}/${name}.png`, fullPage: options.fullPage ?? true });
  }
}

/** The little of the DOM these checks read (the e2e project compiles without the DOM library). */
interface Box {
  tagName: string;
  className: string;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { right: number };
}
interface PageDocument {
  documentElement: Box;
  querySelectorAll(selector: string): Iterable<Box>;
}

/** Whether anything makes the page scroll sideways, and which elements stick out when it does. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as { document: PageDocument };
    const { documentElement } = document;
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: documentElement.scrollWidth, clientWidth: documentElement.clientWidth, tooWide };
  });
}

/** Nothing on the page sticks out to the right: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, JSON.stringify(overflow.tooWide)).toBeLessThanOrEqual(overflow.clientWidth);
}

/** Every table on the page fits its box: nothing clipped or scrolled away inside `.table-scroll`. */
export async function expectTablesFit(page: Page): Promise<void> {
  const clipped = await page.evaluate(() =>
    [...(globalThis as unknown as { document: PageDocument }).document.querySelectorAll('.table-scroll')]
      .filter((box) => box.scrollWidth > box.clientWidth)
      .map((box) => `${box.scrollWidth} > ${box.clientWidth}`),
  );
  expect(clipped).toEqual([]);
}
