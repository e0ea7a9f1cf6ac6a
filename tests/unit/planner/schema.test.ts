import { describe, expect, it } from 'vitest';
import { parseRecordFile } from '../../../src/lib/planner/record-file';
import { RECORD_FORMAT, campaignRecordSchema, emptyRecord } from '../../../src/lib/planner/schema';
import { completeRecord } from './fixtures';

describe('the campaign record schema', () => {
  it('accepts a complete record unchanged', () => {
    const record = completeRecord();
    expect(campaignRecordSchema.parse(record)).toEqual(record);
  });

  it('fills every missing section and answer with an empty value', () => {
    const record = campaignRecordSchema.parse({ format: RECORD_FORMAT, version: 1, segment: { offer: 'Only this' } });
    expect(record.segment.offer).toBe('Only this');
    expect(record.segment.countries).toEqual([]);
    expect(record.data.phone).toEqual({ collect: false, use: '', willCall: false });
    expect(record.lia.outcome).toBe('');
    expect({ ...record, segment: { ...record.segment, offer: '' } }).toEqual(emptyRecord());
  });

  it('keeps answers exactly as typed, white space and line breaks included', () => {
    const text = '  two spaces first\r\nthen a CRLF line\n\n';
    const record = campaignRecordSchema.parse({ format: RECORD_FORMAT, version: 1, lia: { purpose: text } });
    expect(record.lia.purpose).toBe(text);
  });

  it.each([
    ['a country code in lower case', { segment: { countries: ['de'] } }, 'segment.countries[0]: expected a two-letter upper-case ISO country code such as "DE"'],
    ['a country twice', { segment: { countries: ['DE', 'FR', 'DE'] } }, 'segment.countries: a country is listed twice'],
    ['an unknown surprise answer', { relevance: { surprised: 'maybe' } }, 'relevance.surprised'],
    ['an unknown safeguard', { lia: { safeguards: ['optOut', 'magic'] } }, 'lia.safeguards[1]'],
    ['a safeguard twice', { lia: { safeguards: ['optOut', 'optOut'] } }, 'lia.safeguards: a safeguard is listed twice'],
    ['an unknown field', { data: { fax: { collect: true, use: '' } } }, 'data: Unrecognized key: "fax"'],
    ['a date that is not a date', { about: { date: '1 March 2026' } }, 'about.date'],
    ['a collect flag as text', { data: { phone: { collect: 'yes' } } }, 'data.phone.collect'],
    ['another version', { version: 2 }, 'version'],
  ])('rejects %s, naming the path', (_name, patch, message) => {
    const result = parseRecordFile(JSON.stringify({ format: RECORD_FORMAT, version: 1, ...patch }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^This campaign record is invalid: /);
      expect(result.message).toContain(message);
    }
  });
});
