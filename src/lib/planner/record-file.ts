import { planner } from '../i18n/en/planner.ts';
import { format, formatDate } from '../i18n/format.ts';
import { issueList } from '../schema/format-issues.ts';
import type { PlannerMessages } from './questions.ts';
import type { Locale } from '../i18n/locales.ts';
import type { PlannerCountry } from './countries.ts';
import { recordOutline, type OutlineEntry } from './outline.ts';
import { RECORD_FORMAT, campaignRecordSchema, type CampaignRecord } from './schema.ts';

/** Why a file could not be imported; each has its sentence in the catalog (`record.importErrors`). */
export type ImportError = 'no-record' | 'not-json' | 'not-record' | 'invalid';

/** What an imported file turned out to be: a record, or why not (`message` in English, `details` what the schema found). */
export type ParsedRecord = { ok: true; record: CampaignRecord } | { ok: false; reason: ImportError; message: string; details?: string };

const refuse = (reason: Exclude<ImportError, 'invalid'>): ParsedRecord => ({ ok: false, reason, message: planner.record.importErrors[reason] });

/** The heading above the JSON copy at the end of a Markdown record (English; the catalog's `record.markdown.machineCopy`). */
export const MACHINE_COPY_HEADING = planner.record.markdown.machineCopy;

/** The record as the JSON file "Export record" downloads, and as it is kept in `localStorage`. */
export function recordToJson(record: CampaignRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

function entryToMarkdown(entry: OutlineEntry, notAnswered: string): string {
  const lines = [`**${entry.label}**`, '', entry.text.trim() === '' ? notAnswered : entry.text];
  if (entry.items?.length) lines.push('', ...entry.items.map((item) => `- ${item}`));
  if (entry.links?.length) lines.push('', ...entry.links.map((link) => `- [${link.title}](${link.href})`));
  return lines.join('\n');
}

/**
 * The record as a Markdown document for people: every question with the answer exactly as
 * typed, the country rules with their sources, the advice on each field and the readiness
 * count. A JSON copy at the end lets "Import record" read the file back (its dates stay
 * YYYY-MM-DD). `exportedOn` is a YYYY-MM-DD date, written in words for the locale; `siteUrl` makes the playbook links absolute (`siteUrl` with the locale's
 * folder, e.g. "https://example.org/ru", for a record in Russian). The words are `m`'s, the
 * catalog of the user's language (English by default).
 */
export function recordToMarkdown(
  record: CampaignRecord,
  countries: readonly PlannerCountry[],
  options: { exportedOn?: string; siteUrl?: string } = {},
  m: PlannerMessages = planner,
  locale: Locale = 'en',
): string {
  const outline = recordOutline(record, countries, options.siteUrl ?? '', m, locale);
  const md = m.record.markdown;
  const parts = [`# ${outline.title}`];
  if (options.exportedOn) parts.push(format(md.exportedOn, { date: formatDate(options.exportedOn, locale) }));
  for (const section of outline.sections) {
    parts.push(`## ${section.title}`, ...section.entries.map((entry) => entryToMarkdown(entry, md.notAnswered)));
  }
  parts.push(
    `## ${outline.readiness.title}`,
    outline.readiness.items.map((i) => `- [${i.done ? 'x' : ' '}] ${i.label} ([${i.link.title}](${i.link.href}))`).join('\n'),
    `## ${md.machineCopy}`,
    md.machineCopyIntro,
    ['```json', JSON.stringify(record, null, 2), '```'].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}

/**
 * The JSON text inside the last ```json block of a Markdown record, or `undefined`. The last
 * block is the machine-readable copy: answers typed by the user come earlier in the file, and
 * JSON escapes line breaks, so no line of the copy can look like a closing fence.
 */
function jsonBlockOf(markdown: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const open = lines.findLastIndex((line) => line.trim() === '```json');
  if (open === -1) return undefined;
  const close = lines.findIndex((line, i) => i > open && line.trim() === '```');
  return close === -1 ? undefined : lines.slice(open + 1, close).join('\n');
}

/**
 * Reads a record from an imported file: the JSON of "Export record", or its Markdown with the
 * JSON copy at the end. Never throws; a wrong file gets one sentence that says what to do.
 */
export function parseRecordFile(text: string): ParsedRecord {
  const body = text.replace(/^\uFEFF/, '');
  const json = body.trimStart().startsWith('{') ? body : jsonBlockOf(body);
  if (json === undefined) {
    return refuse('no-record');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refuse('not-json');
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== RECORD_FORMAT) {
    return refuse('not-record');
  }
  const result = campaignRecordSchema.safeParse(value);
  if (!result.success) {
    const details = issueList(result.error);
    return { ok: false, reason: 'invalid', message: format(planner.record.importErrors.invalid, { details }), details };
  }
  return { ok: true, record: result.data };
}

/** A file name for the record: "campaign-record-<campaign name>.<ext>", ASCII, lower case. */
export function recordFileName(record: CampaignRecord, extension: 'md' | 'json'): string {
  const slug = record.about.campaign
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `campaign-record${slug ? `-${slug}` : ''}.${extension}`;
}
