import { describe, expect, it } from 'vitest';
import { guessMapping } from './read-import-rows.ts';

describe('guessing the columns of an import from its header', () => {
  it('knows the name column by the words the pages use in each language, and the older ones', () => {
    for (const name of ['Name', 'Kandidat:in', 'Bewerber', '氏名', '候補者名', '応募者名']) {
      expect(guessMapping([name, 'E-Mail'])?.name, name).toBe(0);
    }
    expect(guessMapping(['メールアドレス', '候補者名', '電話番号'])).toMatchObject({
      name: 1,
      email: 0,
      phone: 2,
    });
  });

  it('suggests nothing without both a name and an e-mail column', () => {
    expect(guessMapping(['候補者名', '電話番号'])).toBeUndefined();
    expect(guessMapping(['Kandidat', 'E-Mail'])).toBeUndefined();
  });
});
