import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import interviewsDe from '../apps/web/src/i18n/interviews/de.json';
import interviewsEn from '../apps/web/src/i18n/interviews/en.json';
import interviewsJa from '../apps/web/src/i18n/interviews/ja.json';
import zoomDe from '../apps/web/src/i18n/zoom/de.json';
import zoomEn from '../apps/web/src/i18n/zoom/en.json';
import zoomJa from '../apps/web/src/i18n/zoom/ja.json';
import { useInterviewWorld } from './support/interview-world.ts';
import { expectNoSidewaysScroll, screenshot } from './support/page-layout.ts';

/*
 * Settings → Zoom as an admin sees it at a desktop width and on a phone, in the three languages: the host
 * dialog and a host's label editor usable at 375 px, and the last reconcile run's counts readable.
 */

const world = useInterviewWorld();

const languages = [
  { language: 'en', zoom: zoomEn.zoom, interviews: interviewsEn },
  { language: 'de', zoom: zoomDe.zoom, interviews: interviewsDe },
  { language: 'ja', zoom: zoomJa.zoom, interviews: interviewsJa },
] as const;

beforeAll(async () => {
  await world.admin.request('POST', '/api/zoom/meeting-guard/reconcile');
  // The reconcile run the page shows: asked for now, finished within seconds (it runs as a job).
  const deadline = Date.now() + 20_000;
  while (!(await lastReconcileFinished()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 120_000);

async function lastReconcileFinished(): Promise<boolean> {
  const guard = await world.admin.request<{ lastReconcile: { finishedAt: string | null } | null }>(
    'GET',
    '/api/zoom/meeting-guard',
  );
  return Boolean(guard.lastReconcile?.finishedAt);
}

async function openZoomSettings(language: string, width: number): Promise<Page> {
  const page = await world.logInPerson('admin@demo.test', { language });
  await page.setViewportSize({ width, height: 812 });
  await page.goto(`${world.parley.url}/settings/zoom`);
  return page;
}

/** Whether the element lies inside the viewport's width (a button a thumb can reach without scrolling sideways). */
async function insideViewportWidth(page: Page, box: { x: number; width: number } | null) {
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

describe('the host dialog on a phone (375 px)', () => {
  it.each(languages.map((entry) => [entry.language, entry] as const))(
    'in %s: the users are listed readably, nothing scrolls sideways, and the buttons are in reach',
    async (language, { zoom }) => {
      const page = await openZoomSettings(language, 375);
      const hosts = page.locator('section').filter({
        has: page.getByRole('heading', { name: zoom.hostCandidates.heading, exact: true }),
      });
      await hosts.getByRole('button', { name: zoom.hostCandidates.choose }).click();
      const dialog = page.getByRole('dialog', { name: zoom.hostPicker.heading });
      await dialog.getByRole('button', { name: zoom.hostPicker.load }).click();
      await expect.poll(() => dialog.getByRole('checkbox').count(), { timeout: 20_000 }).toBeGreaterThan(10);
      await screenshot(page, `host-dialog-${language}-375`, { fullPage: false });
      await expectNoSidewaysScroll(page);
      for (const name of [zoom.hostPicker.next, zoom.hostPicker.save]) {
        const button = dialog.getByRole('button', { name });
        await button.scrollIntoViewIfNeeded();
        expect(await insideViewportWidth(page, await button.boundingBox()), name).toBe(true);
      }
      // The footer stacks cleanly: the count on its own line, below it Cancel and Save side by side where
      // their words fit, else one above the other at the full width (not Save alone beside nothing).
      const note = await dialog.locator('.dialog-footer-note').boundingBox();
      const [cancel, save] = await Promise.all(
        [0, 1].map((index) => dialog.locator('.dialog-actions .button').nth(index).boundingBox()),
      );
      expect(note!.y + note!.height).toBeLessThanOrEqual(cancel!.y);
      const sideBySide = Math.abs(cancel!.y - save!.y) <= 1;
      const oneAboveTheOther =
        Math.abs(cancel!.x - save!.x) <= 1 &&
        Math.abs(cancel!.width - save!.width) <= 1 &&
        save!.y >= cancel!.y + cancel!.height;
      expect(sideBySide || oneAboveTheOther, 'Cancel and Save in a row or a column').toBe(true);

      // Scrolled to the list, several users can be read at once, above the buttons that stay in view.
      const rows = dialog.locator('tbody tr');
      await rows.first().evaluate((row) => row.scrollIntoView({ block: 'start' }));
      const actions = await dialog.locator('.dialog-actions').boundingBox();
      let wholeRowsInView = 0;
      for (let index = 0; index < 8; index++) {
        const box = await rows.nth(index).boundingBox();
        if (box && actions && box.y >= 0 && box.y + box.height <= actions.y) wholeRowsInView++;
      }
      expect(wholeRowsInView).toBeGreaterThanOrEqual(3);
      expect(actions!.y + actions!.height).toBeLessThanOrEqual(812);
      await screenshot(page, `host-dialog-${language}-375-list`, { fullPage: false });
      await page.close();
    },
    90_000,
  );
});

describe('a host’s label on a phone (375 px)', () => {
  it.each(languages.map((entry) => [entry.language, entry] as const))(
    'in %s: the label field and its Save fit the screen',
    async (language, { zoom }) => {
      const page = await openZoomSettings(language, 375);
      const edit = page.getByRole('button', {
        name: zoom.hostCandidates.editLabelFor.replace('{{email}}', 'member1@acme.test'),
      });
      await edit.click();
      const label = page.getByRole('textbox', {
        name: zoom.hostCandidates.labelFor.replace('{{email}}', 'member1@acme.test'),
      });
      await label.fill('Kim — Engineering');
      const save = page.getByRole('button', { name: zoom.hostCandidates.saveLabel });
      await save.scrollIntoViewIfNeeded();
      await screenshot(page, `host-label-${language}-375`, { fullPage: false });
      expect(await insideViewportWidth(page, await label.boundingBox())).toBe(true);
      expect(await insideViewportWidth(page, await save.boundingBox())).toBe(true);
      await expectNoSidewaysScroll(page);
      await save.click();
      await page
        .getByText(zoom.hostCandidates.labelSaved.replace('{{label}}', 'Kim — Engineering'))
        .waitFor();
      await page.close();
    },
    60_000,
  );
});

describe('Settings → Zoom on a phone and a desktop', () => {
  it.each(languages.map((entry) => [entry.language, entry] as const))(
    'in %s: the last reconcile run’s counts are readable, unclipped, at 1280 and 375 px',
    async (language, { interviews }) => {
      for (const width of [1280, 375]) {
        const page = await openZoomSettings(language, width);
        const counts = page.locator('.reconcile-counts');
        await counts.waitFor();
        const text = await counts.innerText();
        expect(text).toContain(interviews.meetingGuard.counts.interviewsChecked);
        expect(text).toContain(interviews.meetingGuard.counts.unknownMarked);
        await expectNoSidewaysScroll(page);
        const tiles = await counts.locator(':scope > div').evaluateAll((elements) =>
          elements.map((element) => {
            const [label, number] = [element.children[0]!, element.children[1]!];
            return {
              top: Math.round(element.getBoundingClientRect().top),
              labelTop: label.getBoundingClientRect().top,
              numberTop: number.getBoundingClientRect().top,
              clipped: label.scrollWidth > label.clientWidth,
            };
          }),
        );
        expect(tiles.filter((tile) => tile.clipped)).toEqual([]);
        if (width === 1280) {
          // Tiles side by side: their numbers on one line, however many lines each label takes.
          const firstRow = tiles.filter((tile) => tile.top === tiles[0]!.top);
          expect(firstRow.length).toBeGreaterThan(1);
          const numberTops = firstRow.map((tile) => tile.numberTop);
          expect(Math.max(...numberTops) - Math.min(...numberTops)).toBeLessThanOrEqual(1);
        } else {
          // A phone: a label and its number on one line each, not eight screen-wide tiles.
          for (const tile of tiles) expect(Math.abs(tile.numberTop - tile.labelTop)).toBeLessThan(12);
        }
        await counts.evaluate((element) => element.scrollIntoView({ block: 'end' }));
        await screenshot(page, `reconcile-${language}-${width}`, { fullPage: false });
        await page.close();
      }
    },
    90_000,
  );
});

describe('the connected users at a desktop width (1280 px)', () => {
  it.each(languages.map((entry) => [entry.language, entry] as const))(
    'in %s: the table shows every column without clipping or scrolling sideways',
    async (language, { zoom }) => {
      const page = await openZoomSettings(language, 1280);
      const section = page.locator('section').filter({
        has: page.getByRole('heading', { name: zoom.connectedUsers.heading, exact: true }),
      });
      const table = section.getByRole('table');
      await table.getByRole('row').nth(1).waitFor();
      await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await screenshot(page, `connected-users-${language}-1280`, { fullPage: false });
      const scroller = section.locator('.table-scroll');
      const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth, 'the table is wider than its box').toBeLessThanOrEqual(clientWidth);
      await expectNoSidewaysScroll(page);
      await page.close();
    },
    60_000,
  );
});

describe('the recreate checkbox at a desktop width (1280 px)', () => {
  it.each(languages.map((entry) => [entry.language, entry] as const))(
    'in %s: the box is centred on its label’s line, not above it',
    async (language, { interviews }) => {
      const page = await openZoomSettings(language, 1280);
      const label = page.locator('label', { hasText: interviews.meetingGuard.autoRecreate });
      await label.scrollIntoViewIfNeeded();
      const box = await label.locator('input[type="checkbox"]').boundingBox();
      // The label's first line of text, as the Range around its text node lays it out.
      const line = await label.evaluate((element) => {
        const { document } = globalThis as unknown as {
          document: {
            createRange(): {
              selectNodeContents(node: unknown): void;
              getClientRects(): { top: number; bottom: number }[];
            };
          };
        };
        const text = [...(element as unknown as { childNodes: { nodeType: number }[] }).childNodes].find(
          (node) => node.nodeType === 3,
        );
        const range = document.createRange();
        range.selectNodeContents(text);
        const first = range.getClientRects()[0]!;
        return { top: first.top, bottom: first.bottom };
      });
      await screenshot(page, `recreate-checkbox-${language}-1280`, { fullPage: false });
      const boxCentre = box!.y + box!.height / 2;
      const lineCentre = (line.top + line.bottom) / 2;
      expect(Math.abs(boxCentre - lineCentre)).toBeLessThanOrEqual(1);
      await page.close();
    },
    60_000,
  );
});
