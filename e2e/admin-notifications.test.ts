import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import interviewsDe from '../apps/web/src/i18n/interviews/de.json';
import interviewsEn from '../apps/web/src/i18n/interviews/en.json';
import interviewsJa from '../apps/web/src/i18n/interviews/ja.json';
import de from '../apps/web/src/i18n/notifications/de.json';
import en from '../apps/web/src/i18n/notifications/en.json';
import ja from '../apps/web/src/i18n/notifications/ja.json';
import { useInterviewWorld } from './support/interview-world.ts';

/**
 * The admins' bell in a real browser: Zoom (a standalone emulator) refuses an interview's meeting, the bell
 * of an admin's open page lights up with 1 through the change stream, and its panel names the problem and
 * the interview in English, German and Japanese; marking it read clears the count.
 */
const world = useInterviewWorld();
let candidateName: string;
const screenshots = join(process.env.E2E_SCREENSHOTS ?? '/tmp/parley-e2e-screenshots', 'notifications');

beforeAll(() => {
  mkdirSync(screenshots, { recursive: true });
});

const languages = [
  { language: 'en', texts: en, title: interviewsEn.title },
  { language: 'de', texts: de, title: interviewsDe.title },
  { language: 'ja', texts: ja, title: interviewsJa.title },
] as const;

function logInAdmin(language: string, title: string): Promise<Page> {
  return world.logInPerson('admin@demo.test', { language, landing: title });
}

const bellCount = (page: Page) => page.getByTestId('notification-count');

describe('the admins’ notification bell', () => {
  it('lights up on an open page when Zoom refuses a meeting', async () => {
    const page = await logInAdmin('en', interviewsEn.title);
    const bell = page.getByRole('button', { name: en.bell.label, exact: true });
    await bell.waitFor();
    expect(await bellCount(page).count()).toBe(0);

    world.emulator.control.injectFault({
      route: 'POST /v2/users/{userId}/meetings',
      status: 400,
      code: 3161,
      message: 'Meeting hosting is not allowed for this user.',
      count: 1,
    });
    ({ candidateName } = await world.scheduleInterview({ index: 0, days: 2, hour: 10 }));

    // No reload: the change stream brings it.
    await expect.poll(() => bellCount(page).innerText(), { timeout: 20_000 }).toBe('1');
    await page.close();
  });

  it.each(languages)(
    'lists the incident with its interview in $language',
    async ({ language, texts, title }) => {
      const page = await logInAdmin(language, title);
      const bell = page.getByRole('button', { name: texts.bell.labelUnread.replace('{{number}}', '1') });
      await bell.click();
      const panel = page.locator('.notification-panel');
      await panel.getByRole('heading', { name: texts.panel.title }).waitFor();
      const item = panel.locator('.notification-item');
      await expect.poll(() => item.count()).toBe(1);
      const text = await item.innerText();
      expect(text).toContain(texts.kinds.meeting_failed.replace('{{hostLabel}}', 'Kim'));
      expect(text).toContain('Meeting hosting is not allowed for this user.');
      expect(text).toContain(texts.panel.interviews.replace('{{number}}', '1'));
      const interviewLink = item.getByRole('link', { name: new RegExp(candidateName) });
      expect(await interviewLink.getAttribute('href')).toMatch(/^\/interviews\/[0-9a-f-]{36}$/);
      await page.screenshot({ path: join(screenshots, `bell-${language}.png`) });

      if (language === 'ja') {
        await item.getByRole('button', { name: texts.panel.markRead }).click();
        await expect.poll(() => bellCount(page).count()).toBe(0);
        expect(await page.getByRole('button', { name: texts.bell.label, exact: true }).isVisible()).toBe(
          true,
        );
      }
      await page.close();
    },
  );
});
