import { describe, expect, it } from 'vitest';
import {
  buildCountryLookup,
  countryCodeFromDomain,
  countryCodeFromValue,
  detectCountryColumn,
  detectEmailColumn,
  detectOptOutColumns,
  foldLabel,
  isOptOutValue,
} from '../../../src/lib/email/columns.ts';

/** Real export headers (see research/legal-and-market.md §6.1). */
const EXPORTS = {
  hubspot: ['Record ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'Country/Region', 'Lifecycle Stage', 'Unsubscribed from all email', 'Email hard bounce reason'],
  pipedrive: ['Person - Name', 'Person - Organization', 'Person - Email - Home', 'Person - Email - Work', 'Person - Email - Other', 'Person - Marketing status', 'Person - Country'],
  apollo: ['First Name', 'Last Name', 'Title', 'Company', 'Company Name for Emails', 'Email', 'Email Status', 'Secondary Email', 'Tertiary Email', 'Email Confidence', 'Country', 'Company Country', 'Email Bounced', 'Email Open'],
  lemlist: ['email', 'firstName', 'lastName', 'companyName', 'companyDomain', 'jobTitle', 'isUnsubscribed'],
  salesforce: ['Id', 'FirstName', 'LastName', 'Email', 'HasOptedOutOfEmail', 'Do Not Email', 'MailingCountry', 'Account Country'],
  salesforceLabels: ['First Name', 'Last Name', 'Email', 'Email Opt Out', 'Email Bounced', 'Mailing Country'],
  linkedin: ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
  german: ['Vorname', 'Nachname', 'Firma', 'E-Mail-Adresse', 'Land', 'Abgemeldet'],
  russian: ['Имя', 'Фамилия', 'Компания', 'Эл. почта', 'Страна', 'Отписан'],
  russianLong: ['ФИО', 'Электронная почта', 'Телефон'],
  french: ['Prénom', 'Nom', 'Société', 'Adresse e-mail', 'Pays', 'Désabonné'],
  spanish: ['Nombre', 'Correo electrónico', 'País'],
};

describe('detectEmailColumn: by header, in real exports', () => {
  it.each([
    ['HubSpot', EXPORTS.hubspot, 3],
    ['Pipedrive (work beats home and other)', EXPORTS.pipedrive, 3],
    ['Apollo (Email beats Secondary/Tertiary, not "Company Name for Emails")', EXPORTS.apollo, 5],
    ['lemlist', EXPORTS.lemlist, 0],
    ['Salesforce', EXPORTS.salesforce, 3],
    ['LinkedIn connections', EXPORTS.linkedin, 2],
    ['German', EXPORTS.german, 3],
    ['Russian "Эл. почта"', EXPORTS.russian, 3],
    ['Russian "Электронная почта"', EXPORTS.russianLong, 1],
    ['French', EXPORTS.french, 3],
    ['Spanish', EXPORTS.spanish, 1],
  ])('%s', (_name, header, index) => {
    expect(detectEmailColumn(header, [])).toEqual({ index, by: 'header' });
  });
});

describe('detectEmailColumn: header aliases', () => {
  it.each([
    'email', 'EMAIL', ' Email ', 'e-mail', 'E-Mail', 'Email address', 'E-mail Address', 'email_address',
    'Work Email', 'Business Email', 'Mail', 'Person - Email - Work', 'Person - Email', 'Email 1',
    'Email (Work)', 'Contact Email', 'E-Mail-Adresse', 'E-Mail geschäftlich', 'Courriel',
    'Adresse e-mail', 'Correo', 'Correo electrónico', 'Posta elettronica', 'E-mailadres',
    'Adres e-mail', 'E-post', 'Sähköposti', 'Эл. почта', 'Электронная почта', 'Почта',
    '\uFEFFEmail',
  ])('%j', (cell) => {
    expect(detectEmailColumn(['Name', cell], [])).toEqual({ index: 1, by: 'header' });
  });

  it.each([
    'Email Status', 'Email Confidence', 'Email Opt Out', 'Email Bounced', 'Company Name for Emails',
    'Emails sent', 'Mailing Address', 'Mail merge', 'Domain', 'Name',
  ])('not an email column: %j', (cell) => {
    expect(detectEmailColumn([cell], [])).toBeNull();
  });

  it.each([
    [['Personal Email', 'Work Email'], 1],
    [['Email 2', 'Email 1'], 1],
    [['Email (Personal)', 'Email'], 1],
    [['Secondary Email', 'Email'], 1],
    [['Email', 'Business Email'], 1],
    [['Email', 'E-mail'], 0], // a tie goes to the leftmost
    [['Home Email', 'Other Email'], 0],
  ])('prefers the work/primary one: %j → %i', (header, index) => {
    expect(detectEmailColumn(header, [])?.index).toBe(index);
  });
});

describe('detectEmailColumn: by content when no header matches', () => {
  it('picks the column whose values are mostly valid addresses', () => {
    const header = ['Name', 'Contact', 'Notes'];
    const rows = [
      ['Jane', 'jane@acme.com', 'met at fair, wrote to x@y.com'],
      ['John', 'JOHN@beta.io', ''],
      ['Ann', 'n/a', 'ann@gamma.de'],
      ['Bo', 'bo@delta.fr', 'call back'],
    ];
    expect(detectEmailColumn(header, rows)).toEqual({ index: 1, by: 'content' });
  });

  it('ignores empty cells when computing the share', () => {
    const rows = [['', 'x'], ['a@b.com', 'y'], ['', 'z']];
    expect(detectEmailColumn(['A', 'B'], rows)).toEqual({ index: 0, by: 'content' });
  });

  it('needs at least half valid', () => {
    const rows = [['a@b.com'], ['nope'], ['no'], ['c@d.com'], ['x']];
    expect(detectEmailColumn(['Col'], rows)).toBeNull();
    expect(detectEmailColumn(['Col'], rows.slice(0, 4))).toEqual({ index: 0, by: 'content' });
  });

  it('finds a column in a header-less file wider than the header', () => {
    expect(detectEmailColumn(['jane@acme.com'], [['Jane', 'jane@acme.com']])).toEqual({ index: 1, by: 'content' });
  });

  it('returns null when nothing looks like an address', () => {
    expect(detectEmailColumn(['A', 'B'], [['1', '2'], ['x', 'y']])).toBeNull();
    expect(detectEmailColumn([], [])).toBeNull();
  });
});

describe('detectOptOutColumns: real exports', () => {
  it.each([
    ['HubSpot', EXPORTS.hubspot, [7]],
    ['Pipedrive', EXPORTS.pipedrive, [5]],
    ['Apollo', EXPORTS.apollo, [6, 12]],
    ['lemlist', EXPORTS.lemlist, [6]],
    ['Salesforce API names', EXPORTS.salesforce, [4, 5]],
    ['Salesforce labels', EXPORTS.salesforceLabels, [3, 4]],
    ['German', EXPORTS.german, [5]],
    ['Russian', EXPORTS.russian, [5]],
    ['French', EXPORTS.french, [5]],
    ['LinkedIn (none)', EXPORTS.linkedin, []],
  ])('%s', (_name, header, indexes) => {
    expect(detectOptOutColumns(header)).toEqual(indexes);
  });

  it.each([
    'Unsubscribed', 'Email Opt Out', 'Email opt-out', 'Do Not Email', 'DoNotEmail', 'do_not_email',
    'HasOptedOutOfEmail', 'Person - Marketing status', 'Marketing status', 'Email Status', 'Email Bounced',
    'Bounced', 'Opted out', 'Unsubscribe', 'Abgemeldet', 'Contact - Unsubscribed',
  ])('%j', (cell) => {
    expect(detectOptOutColumns([cell])).toEqual([0]);
  });
});

describe('isOptOutValue', () => {
  it.each([
    'true', 'TRUE', 'True', 'yes', 'Y', '1', 'x', 'X', ' yes ', 'unsubscribed', 'Unsubscribed', 'bounced',
    'Bounced', 'invalid', 'Opted out', 'opted-out', 'Do not email', 'ja', 'Oui', 'sí', 'si', 'да', 'Hard bounce',
  ])('opted out: %j', (value) => {
    expect(isOptOutValue(value)).toBe(true);
  });

  it.each([
    'false', 'FALSE', 'no', 'N', '0', '', ' ', 'subscribed', 'Subscribed', 'valid', 'Verified', 'active',
    'Marketing contact', 'nein', 'non', '2024-05-01', 'guessed',
  ])('not opted out: %j', (value) => {
    expect(isOptOutValue(value)).toBe(false);
  });
});

describe('detectCountryColumn', () => {
  it.each([
    ['HubSpot Country/Region', EXPORTS.hubspot, 5],
    ['Pipedrive Person - Country', EXPORTS.pipedrive, 6],
    ['Apollo: the person\'s Country beats Company Country', EXPORTS.apollo, 10],
    ['Salesforce Account Country', ['Email', 'Account Country'], 1],
    ['Salesforce Mailing Country', EXPORTS.salesforceLabels, 5],
    ['German Land', EXPORTS.german, 4],
    ['Russian Страна', EXPORTS.russian, 4],
    ['French Pays', EXPORTS.french, 4],
    ['Spanish País', EXPORTS.spanish, 2],
    ['Italian Paese', ['Email', 'Paese'], 1],
    ['Polish Kraj', ['Email', 'Kraj'], 1],
    ['Company Country only', ['Email', 'Company Country'], 1],
    ['none', EXPORTS.lemlist, null],
  ])('%s', (_name, header, index) => {
    expect(detectCountryColumn(header)).toBe(index);
  });
});

describe('countryCodeFromValue', () => {
  const lookup = buildCountryLookup([
    { code: 'DE', names: ['Germany', 'Deutschland', 'Германия'] },
    { code: 'GB', names: ['United Kingdom', 'Great Britain', 'England'] },
    { code: 'ES', names: ['Spain', 'España'] },
    { code: 'fr', names: ['France'] },
  ]);

  it.each([
    ['Germany', 'DE'],
    ['  GERMANY ', 'DE'],
    ['Deutschland', 'DE'],
    ['Германия', 'DE'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['United Kingdom', 'GB'],
    ['united-kingdom', 'GB'],
    ['France', 'FR'],
    ['de', 'DE'],
    ['DE', 'DE'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['EL', 'GR'],
    ['US', 'US'], // a code outside the lookup still says "not EU/UK"
    ['Narnia', null],
    ['', null],
    ['D', null],
    ['DEU', null],
  ])('%j → %s', (value, code) => {
    expect(countryCodeFromValue(value, lookup)).toBe(code);
  });
});

describe('countryCodeFromDomain', () => {
  it.each([
    ['acme.de', 'DE'],
    ['acme.co.uk', 'GB'],
    ['acme.uk', 'GB'],
    ['acme.fr', 'FR'],
    ['sub.acme.com.pl', 'PL'],
    ['acme.xn--p1ai', 'RU'],
    ['acme.ch', 'CH'],
    ['acme.com', null],
    ['acme.org', null],
    ['acme.eu', null],
    ['acme.info', null],
    ['acme.xn--e1a4c', null],
    ['localhost', null],
    ['', null],
    // Names of Object.prototype's members are no TLD of the table (regression: `in` found them).
    ['acme.constructor', null],
    ['acme.tostring', null],
    ['acme.__proto__', null],
    // The same label again comes from the cache, any case.
    ['acme.DE', 'DE'],
    ['shop.acme.de', 'DE'],
  ])('%s → %s', (domain, code) => {
    expect(countryCodeFromDomain(domain)).toBe(code);
  });
});

describe('foldLabel', () => {
  it.each([
    ['E-Mail-Adresse', 'emailadresse'],
    ['Correo electrónico', 'correoelectronico'],
    ['Эл. почта', 'элпочта'],
    ['Person - Email - Work', 'personemailwork'],
    ['\uFEFF  Email ', 'email'],
    ['Ｅｍａｉｌ', 'email'],
  ])('%j → %s', (label, folded) => {
    expect(foldLabel(label)).toBe(folded);
  });
});
