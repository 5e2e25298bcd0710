import { describe, expect, it } from 'vitest';
import de from '../apps/web/src/i18n/de.json';
import ja from '../apps/web/src/i18n/ja.json';
import { signInApi } from './support/api-session.ts';
import { useBrowserWorld } from './support/browser-world.ts';
import { screenshot } from './support/page-layout.ts';

/*
 * The time-zone picker's search as a German and a Japanese admin use it on Settings → Organization: by the
 * country in their language and in English, and by a city's name in their language (the zone's own city
 * or a large city in it). Enter in the search box picks the first match.
 */

const world = useBrowserWorld();

const cases = [
  {
    language: 'de',
    texts: de.common.timeZone,
    label: de.settings.organization.timeZone,
    searches: [
      ['Deutschland', 'Europe/Berlin'],
      ['München', 'Europe/Berlin'],
      ['Munich', 'Europe/Berlin'],
      ['Wien', 'Europe/Vienna'],
      ['Japan', 'Asia/Tokyo'],
      ['Tokio', 'Asia/Tokyo'],
    ],
  },
  {
    language: 'ja',
    texts: ja.common.timeZone,
    label: ja.settings.organization.timeZone,
    searches: [
      ['日本', 'Asia/Tokyo'],
      ['東京', 'Asia/Tokyo'],
      ['大阪', 'Asia/Tokyo'],
      ['ドイツ', 'Europe/Berlin'],
      ['Germany', 'Europe/Berlin'],
      ['ミュンヘン', 'Europe/Berlin'],
      ['ニューヨーク', 'America/New_York'],
    ],
  },
] as const;

describe('the time-zone search in the browser', () => {
  it.each(cases.map((entry) => [entry.language, entry] as const))(
    'in %s: finds zones by country and city in the user’s language, and Enter picks the first',
    async (language, { texts, label, searches }) => {
      const admin = await signInApi(world.parley.url, 'admin@demo.test');
      await admin.request('PATCH', '/api/me', { language });
      const page = await world.browser.newPersonPage();
      await world.logIn(page, 'admin@demo.test');
      await page.goto(`${world.parley.url}/settings/organization`);
      const search = page.getByRole('searchbox', { name: texts.search });
      const select = page.getByLabel(label, { exact: true });
      await search.waitFor();
      for (const [query, zone] of searches) {
        await search.fill(query);
        // Countries and cities come with a chunk loaded after the page: wait for the list to narrow.
        await expect
          .poll(
            async () => {
              const values = await select
                .locator('option')
                .evaluateAll((options) => options.map((option) => option.getAttribute('value')));
              return values.length <= 5 && values.includes(zone);
            },
            { message: query },
          )
          .toBe(true);
        expect(await page.getByText(texts.noMatch.replace('{{query}}', query)).count(), query).toBe(0);
        await search.press('Enter');
        await expect.poll(() => select.inputValue(), { message: query }).toBe(zone);
      }
      await screenshot(page, `time-zone-search-${language}`);
      await page.close();
    },
    60_000,
  );
});
