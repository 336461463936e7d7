#!/usr/bin/env node
// npm run bench: measures the app in headless Chromium and prints figures (never asserts). It builds and
// serves its own pages (src/bench-routes, UNTOC_BENCH=1: the bench pages and the home page), never the site.
//   Timeline: time to first render, and frame times (p50/p95) while zooming with the mouse wheel,
//   on the real events and on 1,000, 10,000 and 50,000 synthetic ones.
//   As-of date: time to recompute every aggregate for a new as-of date (Node, real data and a
//   synthetic dataset 100 times its size), and in the browser, from a new date in the as-of field to
//   the page repainted (chart readout, participants table, statuses) on the real data.
//   Linked dashboard: time to first render, and from a filter change (through the FilterState's intent
//   methods) to every view updated and the next frame, on the real data and on 100 times it.
// Usage: npm run bench [-- --sizes=0,1000,10000,50000 --steps=60 --scales=1,100]
import { spawn, execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { benchAsOf } from './benchAsOf.js';
import { resolveChromium, SYSTEM_CHROMIUM_ARGS } from './chromium.js';
import { importTs } from './importTs.js';

const arg = (name, fallback) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', '0,1000,10000,50000').split(',').map(Number);
const steps = Number(arg('steps', '60'));
const scales = arg('scales', '1,100').split(',').map(Number);
const PORT = 4319;
const DASHBOARD_CHANGES = 100;

const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x) => (x < 1 ? `${Math.round(x * 1000)} µs` : `${x.toFixed(1)} ms`);

/** The dashboard's first render and, per filter change, ms to the DOM updated and to the next frame. */
async function benchDashboard(browser, base, scale, changes) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${base}/bench/dashboard?scale=${scale}`);
	await page.waitForFunction(() => window.__benchReady === true, null, { timeout: 600_000 });
	await page.locator('[data-view="timeline"][data-ready]').waitFor({ timeout: 600_000 });
	const { renderMs } = await page.evaluate(() => window.__benchRender);
	const flushed = [];
	const frame = [];
	for (const change of changes) {
		const t = await page.evaluate(applyChange, change);
		flushed.push(t.flushed);
		frame.push(t.frame);
	}
	await page.close();
	return { renderMs, flushed, frame };
}

/** Runs in the page: one change through the FilterState, timed to Svelte's flush and the next frame. */
async function applyChange(c) {
	const f = window.__benchFilters;
	const d = window.__benchDataset;
	const pick = (xs) => (c.r === null ? null : xs[Math.floor(c.r * xs.length)]);
	const t0 = performance.now();
	if (c.kind === 'window') f.setWindow(c.window);
	else if (c.kind === 'category') f.toggleCategory(c.id);
	else if (c.kind === 'instrument') f.toggleInstrument(c.id);
	else if (c.kind === 'query') f.setQuery(c.q);
	else if (c.kind === 'groups') f.setGroups(c.groups);
	else if (c.kind === 'measure') f.setMeasure(c.measure);
	else if (c.kind === 'asOf') f.setAsOf(c.date);
	else if (c.kind === 'select') f.select(pick(d.events)?.id ?? null);
	else if (c.kind === 'party') f.selectParty(pick(d.participants)?.iso3 ?? null);
	else if (c.kind === 'cop') f.selectCop(pick(d.copSessions)?.session ?? null);
	// Svelte flushes its effects in a microtask; a zero timeout runs after all of them.
	await new Promise((r) => setTimeout(r, 0));
	const flushed = performance.now() - t0;
	await new Promise((r) => requestAnimationFrame(r));
	return { flushed, frame: performance.now() - t0 };
}

const { seededRandom } = await importTs('src/lib/data/seededRandom.ts');
const { dayNumber, fromDayNumber } = await importTs('src/lib/data/calendarDate.ts');
const { CATEGORY_IDS, GROUP_IDS, INSTRUMENT_IDS, MEASURES } =
	await importTs('src/lib/data/schema.ts');
const { AS_OF_SPAN, TIMELINE_SPAN } = await importTs('src/lib/state/filters.ts');

/**
 * filterChanges(count, seed): a seeded mix of what a reader does, weighted towards the filters every
 * view follows (window, categories, instruments, search, groups, as-of date), with an occasional
 * measure change or selection of an event, a participant or a COP session (or closing one). `r` picks
 * the selected record in the page, which alone knows the (scaled) dataset.
 */
function filterChanges(count, seed) {
	const rnd = seededRandom(seed);
	const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
	const [first, last] = [dayNumber(TIMELINE_SPAN.from), dayNumber(TIMELINE_SPAN.to)];
	const [asOfFirst, asOfLast] = [dayNumber(AS_OF_SPAN.from), dayNumber(AS_OF_SPAN.to)];
	const selection = () => ({ r: rnd() < 0.5 ? null : rnd() });
	const kinds = {
		window: [
			20,
			() => {
				const days = Math.round((1 + rnd() * 14) * 365.25);
				const from = first + Math.floor(rnd() * (last - first - days));
				return {
					window: rnd() < 0.2 ? null : { from: fromDayNumber(from), to: fromDayNumber(from + days) }
				};
			}
		],
		category: [13, () => ({ id: pick(CATEGORY_IDS) })],
		instrument: [10, () => ({ id: pick(INSTRUMENT_IDS) })],
		query: [13, () => ({ q: pick(['', '', 'vienna', 'protocol', 'trafficking', 'garcia']) })],
		groups: [
			10,
			() => ({
				groups: rnd() < 0.3 ? null : GROUP_IDS.filter(() => rnd() < 0.5)
			})
		],
		measure: [6, () => ({ measure: pick(MEASURES) })],
		asOf: [
			14,
			() => {
				const day = asOfFirst + Math.floor(rnd() * (asOfLast - asOfFirst + 1));
				return { date: rnd() < 0.2 ? null : fromDayNumber(day) };
			}
		],
		select: [5, selection],
		party: [5, selection],
		cop: [4, selection]
	};
	const entries = Object.entries(kinds);
	const total = entries.reduce((sum, [, [w]]) => sum + w, 0);
	const changes = [];
	for (let i = 0; i < count; i++) {
		let at = rnd() * total;
		const [kind, [, make]] = entries.find(([, [w]]) => (at -= w) < 0) ?? entries[0];
		changes.push({ kind, ...make() });
	}
	return changes;
}

// The benchmark build (UNTOC_BENCH=1, see svelte.config.js): the bench pages and the home page, in
// bench/build and .svelte-kit-bench, so the site's build/ never holds a bench page.
const env = { ...process.env, UNTOC_BENCH: '1' };
console.log('bench: building the benchmark pages...');
rmSync('bench/build', { recursive: true, force: true });
execSync('npx vite build', { stdio: 'ignore', env });
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true,
	env
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
const input = page.getByRole('group', { name: 'Status as of' }).getByLabel('Date', { exact: true });
const asOfTimes = [];
for (let i = 0; i < 30; i++) {
	const date = `${2001 + (i % 24)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
	asOfTimes.push(
		await input.evaluate(async (el, d) => {
			const t0 = performance.now();
			el.value = d;
			// The date field reads what was typed (input) and commits it (change).
			el.dispatchEvent(new Event('input', { bubbles: true }));
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

console.log(
	'\nFilter change → every view updated: the linked dashboard, one change through the FilterState, then'
);
console.log(
	"Svelte's flush (DOM updated) and one animation frame (next frame; target 16 ms on the real data)"
);
const columns = [12, 12, 7, 15, 8, 14, 8];
const row = (cells) =>
	cells.map((c, i) => (i === 0 ? c.padEnd(columns[i]) : c.padStart(columns[i] ?? 0))).join('   ');
console.log(
	row(['data', 'first render', 'changes', 'DOM updated p50', 'p95', 'next frame p50', 'p95'])
);
for (const scale of scales) {
	const r = await benchDashboard(browser, base, scale, filterChanges(DASHBOARD_CHANGES, 1));
	console.log(
		row([
			scale === 1 ? 'real' : `${scale}×`,
			ms(r.renderMs),
			String(DASHBOARD_CHANGES),
			ms(pct(r.flushed, 50)),
			ms(pct(r.flushed, 95)),
			ms(pct(r.frame, 50)),
			ms(pct(r.frame, 95))
		])
	);
}
await browser.close();
stop();
process.exit(0);
