import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCountryRules } from '../../src/cli/jurisdictions';
import { toCountryRules } from '../../src/lib/jurisdictions/lookup';
import { bodyNameIn } from '../../src/lib/jurisdictions/names';
import { jurisdictionSchema, type JurisdictionInput } from '../../src/lib/jurisdictions/schema';
import { formatIssues } from '../../src/lib/schema/format-issues';

const DIR = new URL('../../src/content/jurisdictions/', import.meta.url);

/** Every JSON file in the content folder, parsed but not validated. */
const files: { file: string; data: Record<string, unknown> }[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, data: JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Record<string, unknown> }));

const EU27 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const EXPECTED_CODES = [...EU27, 'NO', 'IS', 'LI', 'GB', 'CH'].sort();

/** Countries the research could only back with a vendor list, or did not research at all. */
const UNVERIFIED = ['LI'];

/** Validates one record the way the content collection does, returning the readable message on failure. */
function check(file: string, data: unknown): { ok: true } | { ok: false; message: string } {
  const result = jurisdictionSchema.safeParse(data);
  return result.success ? { ok: true } : { ok: false, message: formatIssues(`Jurisdiction "${file}"`, result.error) };
}

describe('the country rules the CLI reads without the schema library', () => {
  it('are what the schema makes of the same records', () => {
    const validated = files.map(({ data }) => jurisdictionSchema.parse(data));
    expect(readCountryRules()).toEqual(toCountryRules(validated));
  });

  it('refuse a record whose fields the cleaner uses are wrong, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      const good = { code: 'DE', name: 'Germany', nativeNames: ['Deutschland'], namedAddress: 'conditions' };
      writeFileSync(join(dir, 'de.json'), JSON.stringify(good));
      expect(readCountryRules(dir)).toEqual([{ ...good, aliases: [] }]);
      for (const [bad, field] of [[{ code: 'de' }, 'code'], [{ namedAddress: 'maybe' }, 'namedAddress'], [{ aliases: ['D'] }, 'aliases'], [{ name: 7 }, 'name']] as const) {
        writeFileSync(join(dir, 'de.json'), JSON.stringify({ ...good, ...bad }));
        expect(() => readCountryRules(dir)).toThrow(`Jurisdiction "de.json": ${field}:`);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('every jurisdiction record', () => {
  it.each(files.map(({ file, data }) => [file, data] as const))('%s validates against the schema', (file, data) => {
    const outcome = check(file, data);
    expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
  });

  it.each(files.map(({ file, data }) => [file, data.code] as const))('%s is named after its lower-case code', (file, code) => {
    expect(file).toBe(`${String(code).toLowerCase()}.json`);
  });

  it('never says "allowed" when the confidence is low', () => {
    const offenders = files
      .filter(({ data }) => data.confidence === 'low' && (data.namedAddress === 'allowed' || data.genericAddress === 'allowed'))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('marks the countries the research could not verify as unclear with low confidence', () => {
    const byCode = new Map(files.map(({ data }) => [data.code, data]));
    const wrong = UNVERIFIED.filter((code) => {
      const r = byCode.get(code);
      return !r || r.namedAddress !== 'unclear' || r.genericAddress !== 'unclear' || r.confidence !== 'low';
    });
    expect(wrong).toEqual([]);
  });
});

/** Hosts of document mirrors and vendor lists that a record may not cite (issue #14). */
const DENIED_HOSTS = /(^|\.)(docplayer|studylib\w*|hubsell|scribd)\./i;

/** Countries where English is an official language, so a body's own name may be English. */
const ENGLISH_OFFICIAL = ['GB', 'IE', 'MT'];

/** A gloss such as "(list: …)" or "(English: …)" that would leak into other languages' letters. */
const GLOSS = /\((?:list|english|in english)\s*:/i;

/** English words that give away an English name or gloss in a body's name from a non-English country. */
const ENGLISH_WORDS = /\b(?:the|of|for|and|office|authority|inspectorate|commissioner)\b/i;

/** Whether a link may stand in a record: not on a mirror or vendor host. */
function acceptableUrl(url: string): boolean {
  const parsed = new URL(url);
  return !DENIED_HOSTS.test(parsed.hostname);
}

/** Every link of a record: sources, the fine's source, the authority and the enforcer. */
function urlsOf(data: Record<string, unknown>): string[] {
  const r = data as Partial<JurisdictionInput>;
  return [...(r.sources ?? []).map((s) => s.url), r.maxFine?.source.url, r.authority?.url, r.enforcer?.url].filter((u): u is string => u !== undefined);
}


describe('names and links that letters and readers rely on', () => {
  it.each(files.map(({ file, data }) => [file, data] as const))('%s names its bodies in their own language, with no English gloss', (_file, data) => {
    const record = data as unknown as JurisdictionInput;
    for (const body of [record.authority, record.enforcer]) {
      if (!body) continue;
      expect(body.name, body.name).not.toMatch(GLOSS);
      if (body.englishName) expect(body.name.includes(body.englishName), body.name).toBe(false);
      if (!ENGLISH_OFFICIAL.includes(record.code)) expect(body.name, body.name).not.toMatch(ENGLISH_WORDS);
    }
  });

  it.each(files.map(({ file, data }) => [file, data] as const))('%s links no document mirror or vendor list', (_file, data) => {
    expect(urlsOf(data).filter((url) => !acceptableUrl(url))).toEqual([]);
  });

  it('keeps at most two records at low confidence, each saying why in its conditions', () => {
    const low = files.filter(({ data }) => data.confidence === 'low');
    expect(low.length).toBeLessThanOrEqual(2);
    for (const { data } of low) expect(String(data.conditions)).toMatch(/could not|not found|not read|not been|unverified|no .* found/i);
  });

  describe.each([
    ['a document mirror', 'https://docplayer.net/123-guide.html', false],
    ['a national document mirror', 'https://studylibsv.com/doc/1/guide', false],
    ['a vendor list', 'https://help.hubsell.com/en/articles/1', false],
    ['a document host on a language subdomain', 'https://pt.scribd.com/doc/1', false],
    ['an official page still served over plain http', 'http://www.idpc.gov.mt/article.aspx?art=154', true],
    ['an official statute', 'https://www.boe.es/eli/es/l/2002/07/11/34/con', true],
    ['a regulator', 'https://www.spamklacht.nl/', true],
  ])('the link check on %s', (_label, url, ok) => {
    it(`${ok ? 'accepts' : 'rejects'} ${url}`, () => expect(acceptableUrl(url)).toBe(ok));
  });

  describe.each([
    ['a list gloss', 'Datenschutzaufsichtsbehörde des Landes (list: Datenschutzkonferenz)', GLOSS],
    ['an English gloss', 'Tietosuojavaltuutettu (English: Data Protection Ombudsman)', GLOSS],
    ['an English translation in brackets', 'Andmekaitse Inspektsioon (Data Protection Inspectorate)', ENGLISH_WORDS],
  ])('the name check on %s', (_label, name, pattern) => {
    it(`flags "${name}"`, () => expect(name).toMatch(pattern));
  });

  it.each(['Commission nationale de l\'informatique et des libertés (CNIL)', 'Zivilgerichte (Unterlassungsanspruch nach § 8 UWG)', 'Autoriteit Consument & Markt (ACM)'])(
    'lets a native name pass: %s',
    (name) => {
      expect(name).not.toMatch(GLOSS);
      expect(name).not.toMatch(ENGLISH_WORDS);
    },
  );
});

describe('names in the languages of multilingual countries (localNames)', () => {
  const record = (code: string) => files.find(({ data }) => data.code === code)!.data as unknown as JurisdictionInput;

  it.each([
    ['CH', ['fr', 'it']],
    ['BE', ['de', 'fr', 'nl']],
    ['FI', ['sv']],
    ['LU', ['de']],
  ] as const)('%s names its authority in its other official languages: %j', (code, languages) => {
    expect(Object.keys(record(code).authority.localNames ?? {}).sort()).toEqual([...languages]);
  });

  it.each(files.map(({ file, data }) => [file, data] as const))('%s: a local name is never English, never the home name again, and carries no gloss', (_file, data) => {
    const { authority, enforcer } = data as unknown as JurisdictionInput;
    for (const body of [authority, enforcer]) {
      for (const [language, name] of Object.entries(body?.localNames ?? {})) {
        expect(language).not.toBe('en');
        expect(name).not.toBe(body!.name);
        expect(name, name).not.toMatch(GLOSS);
        expect(name, name).not.toMatch(ENGLISH_WORDS);
      }
    }
  });

  it('the schema refuses a language code that is not two lower-case letters', () => {
    const result = jurisdictionSchema.safeParse({ ...record('CH'), authority: { ...record('CH').authority, localNames: { French: 'Préposé fédéral' } } });
    expect(result.success).toBe(false);
  });

  describe('which name a letter uses', () => {
    const fdpic = {
      name: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)',
      englishName: 'Federal Data Protection and Information Commissioner (FDPIC)',
      localNames: { fr: 'Préposé fédéral à la protection des données et à la transparence (PFPDT)', it: 'Incaricato federale della protezione dei dati e della trasparenza (IFPDT)' },
    };
    it.each([
      ['an English letter: the English name', fdpic, 'en', fdpic.englishName],
      ['an English letter without an English name: the home name', { name: 'Commission nationale pour la protection des données (CNPD)' }, 'en', 'Commission nationale pour la protection des données (CNPD)'],
      ['a French letter: the French name', fdpic, 'fr', fdpic.localNames.fr],
      ['an Italian letter: the Italian name', fdpic, 'it', fdpic.localNames.it],
      ['a German letter: the home name', fdpic, 'de', fdpic.name],
      ['a Spanish letter, no Spanish name: the home name, never the English one', fdpic, 'es', fdpic.name],
    ])('%s', (_label, body, language, expected) => {
      expect(bodyNameIn(body, language)).toBe(expected);
    });
  });
});

describe('the set of jurisdictions', () => {
  it('has exactly 32 records', () => {
    expect(files).toHaveLength(32);
  });

  it('covers exactly the EU 27 plus NO, IS, LI, GB and CH', () => {
    const codes = files.map(({ data }) => data.code).sort();
    expect(codes).toEqual(EXPECTED_CODES);
  });

  it('puts each country in the right region', () => {
    const regionOf = (code: string) => (code === 'GB' ? 'UK' : code === 'CH' ? 'CH' : ['NO', 'IS', 'LI'].includes(code) ? 'EEA' : 'EU');
    const wrong = files.filter(({ data }) => data.region !== regionOf(String(data.code))).map(({ file }) => file);
    expect(wrong).toEqual([]);
  });
});

describe('a bad record fails with a readable message', () => {
  /** A minimal valid record; each case below breaks one thing. */
  const valid: JurisdictionInput = {
    code: 'XX',
    name: 'Testland',
    region: 'EU',
    namedAddress: 'consent-required',
    genericAddress: 'unclear',
    conditions: 'Prior consent is needed for any marketing email in Testland.',
    law: 'Test Act § 1',
    sources: [{ title: 'Test regulator page', url: 'https://regulator.example/page' }],
    confidence: 'medium',
    authority: { name: 'Test Data Protection Authority', url: 'https://dpa.example/' },
    enforcer: { name: 'Test Consumer Office', url: 'https://consumer.example/' },
    reviewed: '2026-11-29',
  };

  it('accepts the valid fixture itself', () => {
    expect(check('xx.json', valid)).toEqual({ ok: true });
  });

  describe.each([
    ['missing sources', (r: JurisdictionInput) => { const { sources: _sources, ...rest } = r; return rest; }, 'sources: '],
    ['a bad source URL', (r: JurisdictionInput) => ({ ...r, sources: [{ title: 'Broken link', url: 'not a url' }] }), 'sources[0].url: '],
    ['a lower-case code', (r: JurisdictionInput) => ({ ...r, code: 'xx' }), 'code: '],
    ['a bad review date', (r: JurisdictionInput) => ({ ...r, reviewed: '29/11/2026' }), 'reviewed: '],
    ['a low-confidence "allowed"', (r: JurisdictionInput) => ({ ...r, confidence: 'low', namedAddress: 'allowed' }), 'confidence: '],
  ])('with %s', (_label, breakIt, path) => {
    const outcome = check('xx.json', breakIt(valid));

    it('is rejected', () => {
      expect(outcome.ok).toBe(false);
    });

    it('names the file and the field in one sentence', () => {
      const message = outcome.ok ? '' : outcome.message;
      expect(message.startsWith('Jurisdiction "xx.json" is invalid: ')).toBe(true);
      expect(message).toContain(path);
    });
  });

  it('explains the ISO code rule word for word', () => {
    expect(check('xx.json', { ...valid, code: 'xx' })).toEqual({
      ok: false,
      message: 'Jurisdiction "xx.json" is invalid: code: expected a two-letter upper-case ISO code such as "DE"',
    });
  });

  it('explains the low-confidence rule word for word', () => {
    expect(check('xx.json', { ...valid, confidence: 'low', genericAddress: 'allowed' })).toEqual({
      ok: false,
      message: 'Jurisdiction "xx.json" is invalid: confidence: a low-confidence record cannot say "allowed"; use "unclear" until a source confirms it',
    });
  });
});
