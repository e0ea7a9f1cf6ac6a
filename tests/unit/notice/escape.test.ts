import { describe, expect, it } from 'vitest';
import { OUTPUT_IDS, composeOutputs } from '../../../src/lib/notice/compose';
import { escapeHtml, safeHref } from '../../../src/lib/notice/escape';
import { LANGUAGE_CODES } from '../../../src/lib/notice/languages';
import { toHtml, toPlainText } from '../../../src/lib/notice/render';
import { fullContext } from './fixtures';

const XSS = '<img src=x onerror=alert(1)>';

/** Every tag in an HTML fragment, e.g. `<a href="…">`. */
const tags = (html: string) => [...html.matchAll(/<[^>]*>/g)].map((m) => m[0]);
/** The only markup the HTML output may contain. */
const ALLOWED_TAG = /^<(p|\/p|strong|\/strong|br|\/a|a href="[^"<>]*")>$/;

describe('escapeHtml', () => {
  it.each([
    [XSS, '&lt;img src=x onerror=alert(1)&gt;'],
    ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ["Smith & Sons' <b>", 'Smith &amp; Sons&#39; &lt;b&gt;'],
    ['&lt;', '&amp;lt;'],
    ['plain text, ümlauts «ok»', 'plain text, ümlauts «ok»'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://fernhill.example/privacy', 'https://fernhill.example/privacy'],
    ['http://fernhill.example', 'http://fernhill.example'],
    ['mailto:privacy@fernhill.example', 'mailto:privacy@fernhill.example'],
    ['{{unsubscribe_link}}', '{{unsubscribe_link}}'],
    ['{{ unsubscribe_link }}', '{{ unsubscribe_link }}'],
    ['*|UNSUB|*', '*|UNSUB|*'],
    ['  https://x.example  ', 'https://x.example'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    [' \u0001javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe.each(LANGUAGE_CODES)('%s: user values cannot inject HTML', (language) => {
  const hostile = fullContext(
    language,
    { purpose: XSS, source: XSS, emailPlatform: XSS, crm: '"><script>alert(1)</script>', customInterest: XSS, interest: 'custom', transferDestination: XSS, unsubscribeLink: 'javascript:alert(1)' },
    { legalName: XSS, tradingName: XSS + ' trading', postalAddress: `${XSS}\n"onmouseover="alert(1)`, dpoContact: XSS, euRepresentative: XSS, privacyNoticeUrl: 'javascript:alert(1)', privacyEmail: 'x@y.example"><img src=x>' },
  );
  const outputs = composeOutputs(hostile);

  it.each(OUTPUT_IDS)('%s: the HTML contains only <p>, <strong>, <br> and safe <a href>', (id) => {
    const html = toHtml(outputs[id]);
    for (const tag of tags(html)) expect(tag).toMatch(ALLOWED_TAG);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });

  it('the company name shows as text: escaped in HTML, verbatim in plain text', () => {
    expect(toHtml(outputs.notice)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(toPlainText(outputs.notice)).toContain(XSS);
    expect(toPlainText(outputs.footer)).toContain(XSS);
  });

  it('a javascript: unsubscribe link or privacy URL is shown as text, never as a link', () => {
    expect(toHtml(outputs.footer)).toContain('javascript:alert(1)');
    expect(toHtml(outputs.footer)).not.toContain('href="javascript');
  });
});

describe('HTML structure', () => {
  it('puts each item of the full notice in its own paragraph with a bold label', () => {
    const html = toHtml(composeOutputs(fullContext('en')).notice);
    expect(html.split('\n')[0]).toBe('<p><strong>How we handle your personal data</strong></p>');
    expect(html).toContain('<p><strong>Who we are:</strong> Fernhill Security Inc. (Fernhill), 200 Example Street');
    expect(html).toContain('<a href="mailto:privacy@fernhill.example">privacy@fernhill.example</a>');
  });

  it('keeps the French non-breaking space before the colon inside the label', () => {
    const html = toHtml(composeOutputs(fullContext('fr')).notice);
    expect(html).toContain('<strong>Responsable du traitement\u00a0:</strong> ');
  });

  it('writes the footer as one paragraph of lines', () => {
    const html = toHtml(composeOutputs(fullContext('en')).footer);
    expect(html.startsWith('<p>Fernhill Security Inc. (Fernhill) · 200 Example Street')).toBe(true);
    expect(html.match(/<br>/g)).toHaveLength(2);
    expect(html).toContain('<a href="{{unsubscribe_link}}">{{unsubscribe_link}}</a>');
  });
});
