import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_ENTRIES } from '../../src/components/shared/GlossaryLink';
import { isProfileFilled, emptyProfile } from '../../src/lib/profile/schema';
import { emptyRecord } from '../../src/lib/planner/schema';
import { recordToJson } from '../../src/lib/planner/record-file';
import { workspaceFromSaved } from '../../src/lib/workspace/campaign';

/** The anchors Starlight gives the glossary's headings (lower case, punctuation dropped, spaces as hyphens). */
function glossaryAnchors(): Set<string> {
  const text = readFileSync('src/content/docs/reference/glossary.mdx', 'utf8');
  return new Set(
    [...text.matchAll(/^#{2,4} (.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-'),
    ),
  );
}

describe('glossary links in the tools', () => {
  it('point only at entries the glossary has', () => {
    const anchors = glossaryAnchors();
    expect(GLOSSARY_ENTRIES.filter((entry) => !anchors.has(entry))).toEqual([]);
  });
});

describe('the sender profile folds once filled', () => {
  it('needs the legal name, the postal address, the privacy contact and the country', () => {
    const filled = { ...emptyProfile(), legalName: 'Fernhill', postalAddress: '1 Road', privacyEmail: 'p@f.example', country: 'CA' };
    expect(isProfileFilled(filled)).toBe(true);
    for (const key of ['legalName', 'postalAddress', 'privacyEmail', 'country'] as const) {
      expect(isProfileFilled({ ...filled, [key]: ' ' }), key).toBe(false);
    }
  });
});

describe('the workspace the planner shares with the other tools', () => {
  it('gives the target countries, the offer and the segment of the saved record', () => {
    const record = emptyRecord();
    record.about.campaign = 'Q3 Benelux';
    record.segment.countries = ['NL', 'BE'];
    record.segment.offer = 'Invoice spoofing protection';
    record.segment.industries = 'Logistics';
    record.segment.positions = 'Head of finance';
    expect(workspaceFromSaved(recordToJson(record))).toEqual({ campaign: 'Q3 Benelux', countries: ['NL', 'BE'], offer: 'Invoice spoofing protection', industries: 'Logistics', positions: 'Head of finance' });
  });

  it('is empty when nothing is saved or the saved text is not a record', () => {
    expect(workspaceFromSaved(null)).toBeNull();
    expect(workspaceFromSaved('{"not":"a record"}')).toBeNull();
  });
});

describe('the planner key the other tools read', () => {
  it('is the key the planner saves under', async () => {
    const { PLANNER_KEY } = await import('../../src/components/shared/use-planner-workspace');
    const { PLANNER_STORAGE_KEY } = await import('../../src/lib/planner/schema');
    expect(PLANNER_KEY).toBe(PLANNER_STORAGE_KEY);
  });
});
