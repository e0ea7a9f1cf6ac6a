// Renders the app icons in public/icons/ from the site's favicon (public/favicon.svg) with the
// Chromium the e2e tests use. Run after changing the favicon: `npm run icons`; commit the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(favicon)?.[1];
const artwork = favicon.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '').replace(/<rect[^>]*\/>/, '');
if (!background || !artwork.trim()) throw new Error('public/favicon.svg: expected a background <rect> with a fill, then the artwork.');

/**
 * The maskable icon: the background to the edges, the artwork scaled to 80 % around its centre so
 * it stays inside the safe zone (the central circle of 40 % radius) whatever mask the platform uses.
 */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(16 16) scale(0.8) translate(-16 -16.5)">${artwork}</g></svg>`;

const ICONS: { file: string; svg: string; size: number }[] = [
  { file: 'icon-192.png', svg: favicon, size: 192 },
  { file: 'icon-512.png', svg: favicon, size: 512 },
  { file: 'maskable-512.png', svg: maskable, size: 512 },
  // iOS rounds the corners itself and shows transparency as black: the full-bleed version.
  { file: 'apple-touch-icon.png', svg: maskable, size: 180 },
];

const browser = await launchBrowser();
try {
  for (const { file, svg, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" style="display:block">`);
    writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${ICONS.map((i) => i.file).join(', ')} in public/icons/`);
