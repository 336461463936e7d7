#!/usr/bin/env node
// npm run bench: measures the built app in headless Chromium and prints figures (never asserts).
//   Timeline: time to first render, and frame times (p50/p95) while zooming with the mouse wheel,
//   on the real events and on 1,000, 10,000 and 50,000 synthetic ones.
//   As-of date: time to recompute every aggregate for a new as-of date (Node, real data and a
//   synthetic dataset 100 times its size), and in the browser, from a new date in the as-of field to
//   the page repainted (chart readout, participants table, statuses) on the real data.
// Usage: npm run bench [-- --sizes=0,1000,10000,50000 --steps=60]
import { spawn, execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { benchAsOf } from './benchAsOf.js';
import { resolveChromium, SYSTEM_CHROMIUM_ARGS } from './chromium.js';

const arg = (name, fallback) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', '0,1000,10000,50000').split(',').map(Number);
const steps = Number(arg('steps', '60'));
const PORT = 4319;

const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x) => (x < 1 ? `${Math.round(x * 1000)} µs` : `${x.toFixed(1)} ms`);

console.log('bench: building the app...');
execSync('npx vite build', { stdio: 'ignore' });
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
const stop = () => {
	try {
		process.kill(-server.pid);
	} catch {
		/* already gone */
	}
};
process.on('exit', stop);

const found = resolveChromium();
if (found.kind === 'missing') {
	console.error(
		`bench: no Chromium at ${found.executablePath}; run npm run test:e2e once to install it`
	);
	process.exit(1);
}
const browser = await chromium.launch(
	found.kind === 'system'
		? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS }
		: {}
);
const base = `http://localhost:${PORT}`;
for (let i = 0; i < 50; i++) {
	try {
		await fetch(base);
		break;
	} catch {
		await new Promise((r) => setTimeout(r, 200));
	}
}

console.log(`bench: headless Chromium, viewport 1280×800, ${steps} wheel steps per run\n`);
console.log('events     first render   zoom frame p50   zoom frame p95   frames');
for (const n of sizes) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${base}/bench?n=${n}`);
	const { renderMs, n: count } = await page
		.waitForFunction(() => window.__bench, null, { timeout: 120_000 })
		.then((h) => h.jsonValue());
	const plot = page.locator('#timeline-plot');
	await plot.scrollIntoViewIfNeeded();
	const box = await plot.boundingBox();
	await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
	await page.evaluate(() => {
		const w = window;
		w.__frames = [];
		let last = performance.now();
		const loop = (t) => {
			w.__frames.push(t - last);
			last = t;
			if (!w.__stop) requestAnimationFrame(loop);
		};
		w.__stop = false;
		requestAnimationFrame((t) => {
			last = t;
			requestAnimationFrame(loop);
		});
	});
	for (let i = 0; i < steps; i++) {
		await page.mouse.wheel(0, i < steps / 2 ? -120 : 120);
		await page.waitForTimeout(16);
	}
	const frames = await page.evaluate(() => {
		window.__stop = true;
		return window.__frames;
	});
	console.log(
		`${String(count).padEnd(10)} ${ms(renderMs).padStart(12)}   ${ms(pct(frames, 50)).padStart(14)}   ${ms(pct(frames, 95)).padStart(14)}   ${String(frames.length).padStart(6)}`
	);
	await page.close();
}

console.log(
	'\nAs-of date: recompute every aggregate (countsOn + countsByGroup), 100 random dates, Node'
);
console.log('data       treaty rows   index build   first date   per date p50   per date p95');
for (const r of await benchAsOf()) {
	console.log(
		`${r.label.padEnd(10)} ${String(r.records).padStart(11)}   ${ms(r.build).padStart(11)}   ${ms(r.firstCall).padStart(10)}   ${ms(r.p50).padStart(12)}   ${ms(r.p95).padStart(12)}`
	);
}

const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${base}/`);
await page.locator('[data-view="timeline"][data-ready]').waitFor();
const input = page.getByRole('group', { name: 'Status as of' }).getByLabel('Date');
const asOfTimes = [];
for (let i = 0; i < 30; i++) {
	const date = `${2001 + (i % 24)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
	asOfTimes.push(
		await input.evaluate(async (el, d) => {
			const t0 = performance.now();
			el.value = d;
			el.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			return performance.now() - t0;
		}, date)
	);
}
console.log(
	`\nAs-of date in the browser (real data, whole page repainted), 30 changes: p50 ${ms(pct(asOfTimes, 50))}, p95 ${ms(pct(asOfTimes, 95))}`
);
await page.close();
await browser.close();
stop();
process.exit(0);
