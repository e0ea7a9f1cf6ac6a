import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../../src/lib/replies/languages';
import { LANGUAGE_LOADERS, loadLanguagePacks } from '../../../src/lib/replies/load-languages';
import { LANGUAGE_CODES } from '../../../src/lib/replies/schema';

describe('the language files loaded on demand (the page ships without them)', () => {
  it('have a loader for every language code', () => {
    expect(Object.keys(LANGUAGE_LOADERS).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it('give exactly the packs the build and the tests use, validated the same way', async () => {
    expect(await loadLanguagePacks()).toEqual(LANGUAGE_PACKS);
  });

  it('load once, however many callers ask', () => {
    expect(loadLanguagePacks()).toBe(loadLanguagePacks());
  });
});
