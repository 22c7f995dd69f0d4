// Review screenshots: node_modules/.bin/node shots.mjs <port> [paths...]
import { chromium } from 'playwright-core';
const port = process.argv[2];
const paths = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [w, h] of [[390, 844], [1366, 768], [1600, 1000]]) {
  for (const scheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    for (const p of paths) {
      await page.goto(`http://127.0.0.1:${port}${p}`);
      await page.waitForLoadState('load');
      const name = `${p.replace(/\//g, '_') || 'home'}-${w}-${scheme}`;
      await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
    }
    await ctx.close();
  }
}
await browser.close();
