import { describe, expect, it } from 'vitest';
import { composeOutputs, OUTPUT_IDS } from '../../../src/lib/notice/compose';
import { editedToHtml } from '../../../src/lib/notice/edited-html';
import { LANGUAGE_CODES } from '../../../src/lib/notice/languages';
import { toHtml, toPlainText } from '../../../src/lib/notice/render';
import { fullContext } from './fixtures';

const XSS = '<img src=x onerror=alert(1)>';

describe('the HTML of an edited output', () => {
  describe.each(LANGUAGE_CODES)('an unchanged text (%s)', (language) => {
    it.each(OUTPUT_IDS)('gives the generated HTML back (%s)', (id) => {
      const output = composeOutputs(fullContext(language))[id];
      expect(editedToHtml(toPlainText(output), output)).toBe(toHtml(output));
    });
  });

  it('keeps the links and bold labels the edit left word for word, and adds the user’s own lines as plain paragraphs', () => {
    const notice = composeOutputs(fullContext('en')).notice;
    const edited = `Hello from Fernhill.\n${toPlainText(notice)}`;
    const html = editedToHtml(edited, notice);
    expect(html.startsWith('<p>Hello from Fernhill.</p>\n')).toBe(true);
    expect(html).toContain('<a href="https://fernhill.example/prospect-privacy">https://fernhill.example/prospect-privacy</a>');
  });

  it('keeps the footer’s lines in one paragraph and drops blank lines', () => {
    const footer = composeOutputs(fullContext('en')).footer;
    expect(editedToHtml('Fernhill\n\nReply “stop”.\n', footer)).toBe('<p>Fernhill<br>\nReply “stop”.</p>');
  });

  it('links the unsubscribe placeholder where the edit kept it', () => {
    const footer = composeOutputs(fullContext('en')).footer;
    expect(editedToHtml('Stop here: {{unsubscribe_link}}', footer)).toBe('<p>Stop here: <a href="{{unsubscribe_link}}">{{unsubscribe_link}}</a></p>');
  });

  it('escapes what the user typed: markup and a javascript: link stay text', () => {
    const footer = composeOutputs(fullContext('en')).footer;
    const html = editedToHtml(`${XSS}\n<a href="javascript:alert(1)">x</a>`, footer);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a href="javascript');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is empty for an empty edit', () => {
    expect(editedToHtml(' \n ', composeOutputs(fullContext('en')).short)).toBe('');
  });
});
