import { chromium } from '@playwright/test';
const [,, url, out, w = '1440', h = '900', extra = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, timezoneId: 'America/Los_Angeles', locale: 'en-GB', reducedMotion: extra.includes('reduced') ? 'reduce' : 'no-preference' });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
if (!extra.includes('nomap')) {
  const map = page.locator('[data-view="map"]');
  await map.scrollIntoViewIfNeeded();
  await page.locator('[data-view="map"][data-ready]').waitFor({ timeout: 20000 });
  if (extra.includes('hover')) { await page.locator('[data-view="map"] path[data-iso3="BRA"]').hover(); }
  await page.waitForTimeout(300);
  if (extra.includes('full')) await page.screenshot({ path: out, fullPage: true });
  else if (extra.includes('page')) await page.screenshot({ path: out });
  else await map.screenshot({ path: out });
} else { await page.waitForTimeout(1500); await page.screenshot({ path: out }); }
await browser.close();
