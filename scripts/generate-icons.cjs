// Draws Occhio's icon (an eye in a rounded square) as SVG and renders the PNG sizes the manifest declares with
// Debian's Chromium: `node scripts/generate-icons.cjs`. The PNGs are committed; run this only to change the icon.
'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80, 128];
const OUT = join(__dirname, '..', 'assets');

// 128-unit grid; strokes are thicker at small sizes so the eye stays readable at 16 px.
function svg(size) {
  const stroke = size <= 16 ? 14 : size <= 32 ? 10 : 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#0f6cbd"/>
  <path d="M14 64 C34 30 94 30 114 64 C94 98 34 98 14 64 Z" fill="#ffffff" stroke="#ffffff" stroke-width="${stroke / 2}" stroke-linejoin="round"/>
  <circle cx="64" cy="64" r="${size <= 16 ? 22 : 20}" fill="#0f6cbd"/>
  <circle cx="64" cy="64" r="${size <= 16 ? 10 : 9}" fill="#0b1f33"/>
  ${size > 32 ? '<circle cx="71" cy="57" r="5" fill="#ffffff"/>' : ''}
</svg>`;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      const source = svg(size);
      if (size === 128) writeFileSync(join(OUT, 'icon.svg'), source);
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${source}</body></html>`);
      await page.locator('svg').screenshot({ path: join(OUT, `icon-${size}.png`), omitBackground: true });
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
}

void main();
