import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/lib/i18n/en/index';
import { ABOUT, DATA_QUESTIONS, EVIDENCE_LABELS, FIELD_LABELS, LIA, OUTCOME, SAFEGUARD_LABELS, SECTION_TITLES, SEGMENT, checklistQuestions } from '../../../src/lib/planner/questions';
import { READINESS_ITEMS } from '../../../src/lib/planner/readiness';

const DIR = new URL('../../../src/components/campaign-planner/', import.meta.url);
const sources = readdirSync(DIR)
  .filter((f) => /\.(tsx|ts|astro)$/.test(f))
  .map((f) => [f, readFileSync(new URL(f, DIR), 'utf8')] as const);

/** Every string leaf of a catalog area. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

describe('the planner catalog is the one source of its words', () => {
  it('holds every question, option, section title and readiness item the record uses', () => {
    const catalog = new Set(leaves(EN.planner));
    for (const text of [...checklistQuestions(), ...Object.values(SECTION_TITLES), ...READINESS_ITEMS.map((i) => i.explainedIn.title)]) {
      expect(catalog.has(text), text).toBe(true);
    }
    // A safeguard's readiness item is its label with a full stop ("{safeguard}.").
    for (const { label } of READINESS_ITEMS) expect(catalog.has(label) || catalog.has(label.replace(/\.$/, '')), label).toBe(true);
  });

  it('is what the record tables are, not a copy of them', () => {
    const m = EN.planner;
    expect(ABOUT).toBe(m.about);
    expect(FIELD_LABELS).toBe(m.data.fields);
    expect(DATA_QUESTIONS).toBe(m.data);
    expect(EVIDENCE_LABELS).toBe(m.relevance.evidenceKinds);
    expect(LIA).toBe(m.lia.parts);
    expect(SAFEGUARD_LABELS).toBe(m.lia.safeguardLabels);
    expect(OUTCOME).toBe(m.lia.outcome);
    expect(SEGMENT[0]!.fields.offer).toBe(m.segment.fields.offer);
  });

  it('keeps the labels other tests and tools rely on', () => {
    const m = EN.planner;
    expect([m.segment.fields.countries.label, m.record.export, m.record.import, EN.common.clearSavedData, EN.common.tryExample]).toEqual([
      'Target countries',
      'Export record',
      'Import record',
      'Clear saved data',
      'Try an example',
    ]);
  });
});

/** Attributes whose string values are code, not words a user reads. */
const TECHNICAL = new Set(['className', 'id', 'href', 'type', 'name', 'value', 'accept', 'rel', 'role', 'kind', 'at', 'entry', 'inputId', 'slot', 'link', 'idPrefix', 'htmlFor', 'autoComplete', 'aria-autocomplete', 'aria-live', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-multiselectable', 'aria-hidden', 'client:load', 'data-rule', 'dir']);

/** The words a component writes itself: JSX text, and string attributes that are not code. */
function inlineWords(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && !TECHNICAL.has(node.name.getText())) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the planner components hold no English of their own', () => {
  it.each(sources.filter(([file]) => file.endsWith('.tsx')))('%s takes every word it shows from the catalog', (file, code) => {
    expect(inlineWords(file, code)).toEqual([]);
  });

  it('the check finds inline words', () => {
    expect(inlineWords('x.tsx', '<p title="Hello there">Some words <b>{x}</b></p>')).toEqual(['title="Hello there"', 'Some words']);
  });
});
