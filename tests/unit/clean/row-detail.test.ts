import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rowDetail } from '../../../src/lib/clean/row-detail.ts';
import { clean } from './fixtures.ts';

/**
 * The page's preview words each removed row's detail in the user's language from the detail the
 * run writes into the report (issue #16): every form the run writes must read back as data, or
 * a Russian or Arabic page would show it in English.
 */
describe('every detail the run writes reads back as data', () => {
  const sha = createHash('sha256').update('sha@hashed.example').digest('hex');
  const md5 = createHash('md5').update('md5@hashed.example').digest('hex');
  const LEADS = [
    'Email;Country;Unsubscribed',
    ';Ireland;',
    'fay@@broken;Ireland;',
    'jo@optout.example;Sweden;yes',
    'hal@blocked.example;Italy;',
    'zed@single.example;Italy;',
    'sha@hashed.example;Italy;',
    'md5@hashed.example;Italy;',
    'ann@dup.example;Ireland;',
    'ANN@dup.example;Ireland;',
    'gus@mailinator.com;Spain;',
    'info@lee.example;Portugal;',
    'free@gmail.com;Portugal;',
    'anna@acme.com;Deutschland;',
    'cara@acme.de;Atlantis;',
  ].join('\n');

  it('for every reason and form, with the values the report names', async () => {
    const { preview } = await clean(LEADS, {
      suppress: [`blocked.example\nzed@single.example\n${sha}\n`, `${md5}\n`],
      options: { remove: { role: true, free: true, consentCountry: true } },
      overrides: { emailColumn: 0 },
    });
    const details = preview.map((p) => rowDetail(p.reason, p.detail));
    expect(details).toEqual([
      { code: 'emptyCell' },
      { code: 'invalidAddress', value: 'fay@@broken' },
      { code: 'optedOutAt', row: 3 },
      { code: 'suppressedDomain', value: 'blocked.example' },
      { code: 'suppressedEmail', value: 'zed@single.example' },
      { code: 'suppressedHash', value: 'SHA-256' },
      { code: 'suppressedHash', value: 'MD5' },
      { code: 'duplicateOf', row: 8 },
      { code: 'disposableDomain', value: 'mailinator.com' },
      { code: 'roleAddress', value: 'info@' },
      { code: 'freeMail', value: 'gmail.com' },
      { code: 'consentByColumn', country: 'DE' },
      { code: 'consentByDomain', country: 'DE', value: '.de' },
    ]);
  });

  it('a detail of no known form is shown as it is', () => {
    expect(rowDetail('duplicate', 'something else')).toEqual({ code: 'text', value: 'something else' });
  });
});
