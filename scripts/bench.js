#!/usr/bin/env node
// npm run bench: measures the app in headless Chromium and prints figures (never asserts). It builds and
// serves its own pages (src/bench-routes, UNTOC_BENCH=1: the bench pages and the home page), never the site.
//   Timeline: time to first render, and frame times (p50/p95) while zooming with the mouse wheel,
//   on the real events and on 1,000, 10,000 and 50,000 synthetic ones.
//   As-of date: time to recompute every aggregate for a new as-of date (Node, real data and a
//   synthetic dataset 100 times its size), and in the browser, from a new date in the as-of field to
//   the page repainted (chart readout, participants table, statuses) on the real data.
//   Linked dashboard: time to first render, and from a filter change (through the FilterState's intent
//   methods) to every view updated, to the next frame, and to that frame drawn (its style, layout and
//   paint, which work moved out of the update into the frame still counts in), on the real data and on
//   100 times it.
//   Navigation: from a fresh page's navigation start to the timeline interactive on the home page, and
//   to a naive d3 page (1,000 events, full d3, every mark moved per zoom event) interactive, with the
//   first contentful paint, the elements then and the script bytes sent (per run, the navigation of
//   the median time among 5 to each page, taken in turns).
//   Every figure is the median of --runs runs (default 3).
// Usage: npm run bench [-- --sizes=0,1000,10000,50000 --steps=60 --scales=1,100 --runs=3]
import { spawn, execSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { benchAsOf } from './benchAsOf.js';
import { resolveChromium, SYSTEM_CHROMIUM_ARGS } from './chromium.js';
import { importTs } from './importTs.js';

const arg = (name, fallback) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', '0,1000,10000,50000').split(',').map(Number);
const steps = Number(arg('steps', '60'));
const scales = arg('scales', '1,100').split(',').map(Number);
const RUNS = Math.max(1, Number(arg('runs', '3')));
const PORT = 4319;
const DASHBOARD_CHANGES = 100;
const NAVIGATIONS = 5;

const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x) => (x < 1 ? `${Math.round(x * 1000)} µs` : `${x.toFixed(1)} ms`);

/** The dashboard's first render and, per filter change, ms to the DOM updated, the next frame and that frame drawn. */
async function benchDashboard(browser, base, scale, changes) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${base}/bench/dashboard?scale=${scale}`);
	await page.waitForFunction(() => window.__benchReady === true, null, { timeout: 600_000 });
	await page.locator('[data-view="timeline"][data-ready]').waitFor({ timeout: 600_000 });
	const { renderMs } = await page.evaluate(() => window.__benchRender);
	const flushed = [];
	const frame = [];
	const drawn = [];
	for (const change of changes) {
		const t = await page.evaluate(applyChange, change);
		flushed.push(t.flushed);
		frame.push(t.frame);
		drawn.push(t.drawn);
	}
	await page.close();
	return { renderMs, flushed, frame, drawn };
}

/**
 * Runs in the page: one change through the FilterState, timed to Svelte's flush, the next frame (its
 * animation-frame callback, before its style, layout and paint) and that frame drawn (the timeout the
 * callback sets, which runs once the frame is painted).
 */
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
	let frame = 0;
	await new Promise((r) =>
		requestAnimationFrame(() => {
			frame = performance.now() - t0;
			setTimeout(r, 0);
		})
	);
	return { flushed, frame, drawn: performance.now() - t0 };
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

const median = (xs) => pct(xs, 50);
/** One run of every measurement; the figures are collected per run and printed as medians. */
async function runOnce() {
	const r = { zoom: [], asOf: null, nav: null, naive: null, dashboard: [] };
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
		const frames = await wheelFrames(page);
		r.zoom.push({
			count,
			renderMs,
			p50: pct(frames, 50),
			p95: pct(frames, 95),
			frames: frames.length
		});
		await page.close();
	}
	// Navigations vary more than the rest: each run takes the median of a few, alternating the pages.
	const navs = [];
	const naives = [];
	for (let i = 0; i < NAVIGATIONS; i++) {
		navs.push(
			await navigation(`${base}/`, () => {
				const t = document.querySelector('[data-view="timeline"][data-ready]');
				return t ? performance.now() : null;
			})
		);
		naives.push(await navigation(`${base}/naive.html`, () => window.__naiveReady ?? null, true));
	}
	const middle = (xs) => [...xs].sort((a, b) => a.interactive - b.interactive)[xs.length >> 1];
	r.nav = middle(navs);
	r.naive = middle(naives);

	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${base}/`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	const input = page
		.getByRole('group', { name: 'Status as of' })
		.getByLabel('Date', { exact: true });
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
	// The floor of this measure: the same wait with nothing changed, which is the time to the next frame
	// (at once when the page is idle, up to a whole frame when one is under way).
	const floor = [];
	for (let i = 0; i < 30; i++) {
		floor.push(
			await input.evaluate(async () => {
				const t0 = performance.now();
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				return performance.now() - t0;
			})
		);
	}
	r.asOf = {
		p50: pct(asOfTimes, 50),
		p95: pct(asOfTimes, 95),
		floor50: pct(floor, 50),
		floor95: pct(floor, 95)
	};
	await page.close();
	for (const scale of scales) {
		const d = await benchDashboard(browser, base, scale, filterChanges(DASHBOARD_CHANGES, 1));
		r.dashboard.push({
			scale,
			renderMs: d.renderMs,
			flushed50: pct(d.flushed, 50),
			flushed95: pct(d.flushed, 95),
			frame50: pct(d.frame, 50),
			frame95: pct(d.frame, 95),
			drawn50: pct(d.drawn, 50),
			drawn95: pct(d.drawn, 95)
		});
	}
	return r;
}

/** Frame times while the mouse wheel zooms in, then out, over the point under the pointer. */
async function wheelFrames(page) {
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
	return page.evaluate(() => {
		window.__stop = true;
		return window.__frames;
	});
}

/**
 * A fresh page (no cache) navigated to url: ms from the navigation's start to `ready()` first
 * returning a time (the timeline interactive), to the first contentful paint, the elements once
 * interactive, and the bytes of script the page fetched (as sent: vite preview sends them gzipped).
 */
async function navigation(url, ready, naive = false) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	if (naive) await page.route(`${base}/naive.html`, (route) => route.fulfill(naivePage()));
	await page.goto(url);
	const at = await page
		.waitForFunction(ready, null, { timeout: 60_000, polling: 'raf' })
		.then((h) => h.jsonValue());
	// The first contentful paint is recorded a little after it happens.
	await page
		.waitForFunction(
			() => performance.getEntriesByName('first-contentful-paint').length > 0,
			null,
			{
				timeout: 5_000
			}
		)
		.catch(() => {});
	const facts = await page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		elements: document.getElementsByTagName('*').length,
		scriptBytes: performance
			.getEntriesByType('resource')
			.filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
			.reduce((s, e) => s + e.transferSize, 0)
	}));
	await context.close();
	return { interactive: at, ...facts };
}

/**
 * The peer the issue measures against: a naive d3 page, as a tutorial writes it, with 1,000 seeded
 * events in nine lanes, one circle and one label per event, every mark moved on each zoom event.
 * d3's own UMD builds are inlined, as a page would load them from a CDN.
 */
function naivePage() {
	const mods = [
		'array',
		'color',
		'dispatch',
		'ease',
		'interpolate',
		'format',
		'time',
		'time-format',
		'scale',
		'selection',
		'timer',
		'transition',
		'drag',
		'zoom'
	];
	const d3 = mods
		.map((m) => readFileSync(`node_modules/d3-${m}/dist/d3-${m}.min.js`, 'utf8'))
		.join('\n');
	const body = `<!doctype html><html><head><meta charset="utf-8"><title>naive d3</title>
<script>${d3}</script></head><body><svg id="t" width="1240" height="600"></svg><script>
let s = 1; const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
const t0 = Date.UTC(1975, 0, 1), t1 = Date.UTC(2024, 11, 31);
const events = Array.from({ length: 1000 }, (_, i) => ({ date: new Date(t0 + rnd() * (t1 - t0)), lane: Math.floor(rnd() * 9), title: 'Event ' + i }));
const x = d3.scaleUtc().domain([new Date(t0), new Date(t1)]).range([40, 1200]);
const svg = d3.select('#t');
const g = svg.append('g');
const circles = g.selectAll('circle').data(events).join('circle').attr('r', 5).attr('cy', (d) => 30 + d.lane * 60).attr('cx', (d) => x(d.date)).attr('fill', 'steelblue');
const labels = g.selectAll('text').data(events).join('text').attr('y', (d) => 22 + d.lane * 60).attr('x', (d) => x(d.date) + 7).attr('font-size', 11).text((d) => d.title);
svg.call(d3.zoom().scaleExtent([1, 500]).on('zoom', (e) => {
	const xz = e.transform.rescaleX(x);
	circles.attr('cx', (d) => xz(d.date));
	labels.attr('x', (d) => xz(d.date) + 7);
}));
requestAnimationFrame(() => { window.__naiveReady = performance.now(); });
</script></body></html>`;
	return { status: 200, contentType: 'text/html', body };
}

const runs = [];
for (let i = 0; i < RUNS; i++) {
	console.log(`bench: run ${i + 1} of ${RUNS}...`);
	runs.push(await runOnce());
}
const med = (get) => median(runs.map(get));

console.log(
	`\nbench: headless Chromium, viewport 1280×800, ${steps} wheel steps per zoom run; every figure is the median of ${RUNS} runs\n`
);
console.log(
	`Navigation → timeline interactive (fresh page, real data), ms from the navigation start; per run the median of ${NAVIGATIONS}`
);
console.log(
	'page                         interactive    first paint   elements   script bytes sent'
);
for (const [label, get] of [
	['home page (88 events)', (r) => r.nav],
	['naive d3 page, 1,000 events', (r) => r.naive]
]) {
	console.log(
		`${label.padEnd(28)} ${ms(med((r) => get(r).interactive)).padStart(11)}   ${ms(med((r) => get(r).fcp)).padStart(11)}   ${String(med((r) => get(r).elements)).padStart(8)}   ${(med((r) => get(r).scriptBytes) / 1024).toFixed(1).padStart(14)} KB`
	);
}
console.log(
	`home ÷ naive: ${(med((r) => r.nav.interactive) / med((r) => r.naive.interactive)).toFixed(2)}× (goal: at most 1.5×, and at most 500 ms)`
);

console.log('\nTimeline: first render and wheel-zoom frame times');
console.log('events     first render   zoom frame p50   zoom frame p95   frames');
sizes.forEach((_, i) => {
	console.log(
		`${String(runs[0].zoom[i].count).padEnd(10)} ${ms(med((r) => r.zoom[i].renderMs)).padStart(12)}   ${ms(med((r) => r.zoom[i].p50)).padStart(14)}   ${ms(med((r) => r.zoom[i].p95)).padStart(14)}   ${String(med((r) => r.zoom[i].frames)).padStart(6)}`
	);
});

console.log(
	'\nAs-of date: recompute every aggregate (countsOn + countsByGroup), 100 random dates, Node'
);
console.log('data       treaty rows   index build   first date   per date p50   per date p95');
for (const r of await benchAsOf()) {
	console.log(
		`${r.label.padEnd(10)} ${String(r.records).padStart(11)}   ${ms(r.build).padStart(11)}   ${ms(r.firstCall).padStart(10)}   ${ms(r.p50).padStart(12)}   ${ms(r.p95).padStart(12)}`
	);
}
console.log(
	`\nAs-of date in the browser (real data, whole page repainted), 30 changes: p50 ${ms(med((r) => r.asOf.p50))}, p95 ${ms(med((r) => r.asOf.p95))}` +
		`\n  the same wait with nothing changed (the time to the next frame): p50 ${ms(med((r) => r.asOf.floor50))}, p95 ${ms(med((r) => r.asOf.floor95))}`
);

console.log(
	'\nFilter change → every view updated: the linked dashboard, one change through the FilterState, then'
);
console.log(
	"Svelte's flush (DOM updated), one animation frame (next frame; target 16 ms on the real data) and that"
);
console.log(
	'frame painted (drawn: the style, layout and paint the change costs the frame included)'
);
const columns = [12, 12, 7, 15, 8, 14, 8, 9, 8];
const row = (cells) =>
	cells.map((c, i) => (i === 0 ? c.padEnd(columns[i]) : c.padStart(columns[i] ?? 0))).join('   ');
console.log(
	row([
		'data',
		'first render',
		'changes',
		'DOM updated p50',
		'p95',
		'next frame p50',
		'p95',
		'drawn p50',
		'p95'
	])
);
scales.forEach((scale, i) => {
	const d = (k) => ms(med((r) => r.dashboard[i][k]));
	console.log(
		row([
			scale === 1 ? 'real' : `${scale}×`,
			d('renderMs'),
			String(DASHBOARD_CHANGES),
			d('flushed50'),
			d('flushed95'),
			d('frame50'),
			d('frame95'),
			d('drawn50'),
			d('drawn95')
		])
	);
});
await browser.close();
stop();
process.exit(0);
