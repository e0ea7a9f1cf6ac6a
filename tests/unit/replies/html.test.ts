import { describe, expect, it } from 'vitest';
import { escapeHtml, replyToHtml } from '../../../src/lib/replies/html';

describe('the reply as HTML for email editors', () => {
  it('makes markup in user text inert', () => {
    const html = replyToHtml('Dear <img src=x onerror=alert(1)>,\n\nThanks & "bye" \'x\'');
    expect(html).toBe('<p>Dear &lt;img src=x onerror=alert(1)&gt;,</p>\n<p>Thanks &amp; &quot;bye&quot; &#39;x&#39;</p>');
    expect(html).not.toMatch(/<img/i);
  });

  it('keeps paragraphs and line breaks', () => {
    expect(replyToHtml('a\nb\n\n\nc\r\n')).toBe('<p>a<br>b</p>\n<p>c</p>');
  });

  it('escapes every special character once', () => {
    expect(escapeHtml('&amp;<>"\'')).toBe('&amp;amp;&lt;&gt;&quot;&#39;');
  });
});
