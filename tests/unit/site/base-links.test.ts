import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../../src/integrations/base-links';

const plugin = baseLinksPlugin('/kit');
const md = async (source: string) => (await markdownToHtml(source, { hastPlugins: [plugin] })).html;
const mdx = async (source: string) => (await mdxToJs(source, { hastPlugins: [plugin], jsx: true })).code;

describe('base links in Markdown: root-relative links get the base', () => {
  it.each([
    ['an inline link', 'See [step 1](/playbook/target-and-minimise/).', 'href="/kit/playbook/target-and-minimise/"'],
    ['a link with an anchor', '[Germany](/reference/countries/#de)', 'href="/kit/reference/countries/#de"'],
    ['a reference-style link', '[list][l]\n\n[l]: /tools/list-cleaner/', 'href="/kit/tools/list-cleaner/"'],
    ['an image', '![Logo](/favicon.svg)', 'src="/kit/favicon.svg"'],
    ['raw HTML', '<a href="/privacy/">privacy</a>', 'href="/kit/privacy/"'],
    ['raw HTML with single quotes', "<img src='/icons/icon-192.png' alt=''>", "src='/kit/icons/icon-192.png'"],
  ])('%s', async (_name, source, expected) => {
    await expect(md(source)).resolves.toContain(expected);
  });

  it.each([
    ['a full URL', '[GDPR](https://eur-lex.europa.eu/eli/reg/2016/679/oj)', 'href="https://eur-lex.europa.eu/eli/reg/2016/679/oj"'],
    ['an anchor on the page', '[below](#sources)', 'href="#sources"'],
    ['a relative link', '[next](opt-out/)', 'href="opt-out/"'],
    ['a protocol-relative URL', '[x](//example.org/a)', 'href="//example.org/a"'],
    ['a link already under the base', '[home](/kit/)', 'href="/kit/"'],
    ['an email address', '[mail](mailto:dpo@example.org)', 'href="mailto:dpo@example.org"'],
  ])('leaves %s alone', async (_name, source, expected) => {
    await expect(md(source)).resolves.toContain(expected);
  });
});

describe('base links in MDX: JSX elements and components too', () => {
  it('prefixes Markdown links, HTML elements and component props written as strings', async () => {
    const code = await mdx(
      [
        "import { LinkCard } from '@astrojs/starlight/components';",
        '',
        'Read [the steps](/playbook/opt-out/) or <a href="/privacy/">privacy</a>.',
        '',
        '<LinkCard title="Countries" href="/reference/countries/" />',
        '',
        '<a href="/tools/reply-composer/opt-out-phrases.txt" download="opt-out-phrases.txt">list</a>',
      ].join('\n'),
    );
    expect(code).toContain('href="/kit/playbook/opt-out/"');
    expect(code).toContain('href="/kit/privacy/"');
    expect(code).toContain('href="/kit/reference/countries/"');
    expect(code).toContain('href="/kit/tools/reply-composer/opt-out-phrases.txt"');
    expect(code).toContain('title="Countries"');
  });

  it('leaves expressions, external links and other props as written', async () => {
    const code = await mdx('<a href={"/expr/"}>e</a>\n\n<a href="https://ico.org.uk/">ICO</a>\n\n<Card icon="/not-a-link" />');
    expect(code).toContain('href={"/expr/"}');
    expect(code).toContain('href="https://ico.org.uk/"');
    expect(code).toContain('icon="/not-a-link"');
  });
});
