#!/usr/bin/env node
// npm run size: what each page of build/ makes a browser load on first paint, and the offline pack.
// For each prerendered page: the JavaScript it loads (its entry scripts and every modulepreload, gzip
// level 9 and raw), its CSS, its HTML, and its elements (tags in the prerendered HTML). Lazily loaded
// chunks (the world map's geometry, export code) are listed apart. Sizes are deterministic, so with
// --check it fails (exit 1) when a page passes its budget: later work cannot quietly make the app heavier.
// Usage: npm run size [-- --check]   (run after vite build; npm test builds first)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const build = join(root, 'build');
const check = process.argv.includes('--check');

/**
 * Budgets, in KB gzip / KB / elements. The goals for the home page are 63 KB of JavaScript, 150 KB of
 * HTML and 3,000 elements (issue 15); until they are reached, the ceilings sit just above the figures
 * last measured, so the weight can only go down. Lower them as it does. Measured on 2026-12-03, once
 * only the pages that draw the dataset in the browser load it, the export code loads when an export
 * menu opens and the add-to-tour dialog after the first paint: home 211.1 KB JS, 174.6 KB HTML, 2,272
 * elements; the presentation pages up to 195.7 KB JS; the pages that show none of the dataset (the
 * 404 page 38.8 KB, About 44.2 KB, the list of tours 45.5 KB, the tour editor 58.0 KB) have ceilings
 * of their own, so it cannot creep back into them.
 * The six languages (issue 17) then raised every page by the same 12 KB: the i18n code and the English
 * catalogue of every area, which each page carries as its default and fallback (each other language is
 * its own chunk of 11–14 KB, loaded only when chosen); home HTML grew 5.5 KB (lang="en" on the data's
 * texts). Measured after: home 223.8 KB JS, 180.1 KB HTML, 2,357 elements; presentation pages up to
 * 209.5 KB; 404 50.7, About 56.7 (HTML 21.4), the list of tours 57.7, the tour editor 71.0 (HTML 15.0).
 * About then gained the instruments' official titles in every language a UN source gives (HTML 27.0 KB:
 * the titles are drawn and carried for hydration, so a switch of language needs no request).
 * The home page then became a light prerendered shell (the heading, the figures on the data's own
 * date, a placeholder): its dashboard and the dataset load in parallel as the page starts, listed
 * below among the chunks loaded later. Measured after: home 56.3 KB JS, 8.4 KB HTML, 105 elements
 * (the elements once the dashboard is drawn are counted by `npm run bench`: about 2,950).
 * The speed work of issue 15 (the callout placement's bound table and cache, the folded-text cache,
 * the staged dashboard) then raised the presentation pages by about 1 KB, to 210.9 KB; the
 * virtualizer of long tables loads only when a table first passes 400 rows (home, right after first
 * paint: 178.4 → 171.7 KB), which put 0.3 KB on every page (the map of lazy chunks in the entry).
 * The timeline's marks then became descriptions drawn by a keyed patcher (nodeSpecs.ts, svgPatch.ts:
 * a zoom within one frame at 50,000 events), which put 1.5 KB on the pages that draw the timeline
 * (tours/presenter.html 212.5 KB), and the shared code grew by 0.3 KB on every page (About 58.0 KB,
 * the list of tours 72.0 KB).
 * The next lever: an English catalogue per route (the About page's prose and the exports' words need
 * not ride with every page).
 * Then each page's CSS went inline (kit.inlineStyleThreshold): no stylesheet requests before the first
 * paint. The HTML carries it (the home page 8.4 → 37.4 KB raw); the CSS column counts the inline block
 * (the same rules, gzipped as one: home 8.2 → 6.2 KB).
 * The home page (56.8 KB in one build, 56.9 KB in a fresh clone of the same commit) and the tour pages
 * (212.9 KB) then sat within 0.1 KB of their ceilings, less than two builds of one commit differ: those
 * two ceilings are half a kilobyte above the build (57.5, 213.5), so only growth fails.
 * The kept filter verdicts, the step lines thinned to their visible corners and the density bars
 * as one path then put 0.6 KB on the pages that draw the growth chart (tours/presenter.html
 * 213.5 KB, 213.1 for tours/present.html): their ceiling is half a kilobyte above again (214).
 * Day-number Parties counts, then the timeline's items made once per event and its sorts by place
 * (rankedSort), took them to 214.1 KB (tours/presenter.html), 0.4 KB in all: their ceiling is raised
 * on purpose to 214.5. The next growth there should make room instead, e.g. by loading the growth
 * chart's callouts (placeCallouts and MilestoneMarks) with the first stop that shows the chart.
 * It did not: the tables' kept rows, the Parties count's arrays, the growth chart's merged COP ticks and
 * its count axis fitted to its labels took tours/presenter.html to 214.5 KB (0.3 KB), at the ceiling,
 * where two builds of one commit can differ by 0.1. The ceiling is raised once more, on purpose, to
 * 215; the lever above is still the one to pull (Annotations reads seriesPoints and thresholdLabelX
 * from placeCallouts too, so those move with it, and the exports must still draw the callouts at once).
 * A larger lever was pulled instead: the stage's figures (the timeline, the growth chart and the map,
 * with d3 and LayerCake) became one chunk loaded right after a presentation's first paint, asked for as
 * the app starts (hooks.client.ts) and again when the page is idle (stageViews.svelte.ts): the tour
 * pages went from 214.5 to 152.4 KB (tours/presenter.html) and the bundled tour's to 147.7 KB. Their
 * ceiling comes down with them, to 153.
 */
const LIGHT = { css: 8, html: 26, elements: 400 };
export const BUDGETS = {
	'index.html': { js: 57.5, css: 9, html: 40, elements: 150 },
	'404.html': { ...LIGHT, js: 52 },
	'about.html': { ...LIGHT, js: 58.5, html: 33 },
	'present.html': { ...LIGHT, js: 59 },
	'tours.html': { ...LIGHT, js: 72.5 },
	default: { js: 153, css: 8, html: 26, elements: 400 }
};

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function pages(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name === '_app' ? [] : pages(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

/**
 * The files an HTML page loads at once: scripts, modulepreloads, dynamic imports in its inline start,
 * CSS. A disabled stylesheet link is not fetched: Kit writes one beside each stylesheet it inlined.
 */
function assetsOf(html, page) {
	const refs = new Set();
	for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const ref = /(?:href|src)="([^"]+\.(?:js|css))"/.exec(m[0])?.[1];
		if (ref && !/\sdisabled\b/.test(m[0])) refs.add(ref);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) refs.add(m[1]);
	const base = page.slice(0, page.lastIndexOf('/'));
	return [...refs].map((r) => (r.startsWith('/') ? join(build, r) : resolve(base, r)));
}

if (!existsSync(build)) {
	console.error('size: build/ is missing; run `npx vite build` first');
	process.exit(2);
}
const failures = [];
const loaded = new Set();
console.log(`${'page'.padEnd(46)}  JS gzip    JS raw  CSS gzip      HTML  elements`);
for (const page of pages(build).sort()) {
	const html = readFileSync(page, 'utf8');
	const files = assetsOf(html, page).filter(existsSync);
	for (const f of files) loaded.add(f);
	const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f));
	const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f));
	const jsGz = js.reduce((s, b) => s + gz(b), 0);
	const jsRaw = js.reduce((s, b) => s + b.length, 0);
	// The page's CSS, linked or inline (one <style> of every stylesheet Kit inlined).
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
		Buffer.from(m[1])
	);
	const cssGz = [...css, ...inline].reduce((s, b) => s + gz(b), 0);
	const elements = (html.match(/<[a-zA-Z][^>]*>/g) ?? []).length;
	const name = relative(build, page);
	console.log(
		`${name.padEnd(46)}${kb(jsGz)} KB${kb(jsRaw)} KB${kb(cssGz)} KB${kb(html.length)} KB${String(elements).padStart(10)}`
	);
	const b = BUDGETS[name] ?? BUDGETS.default;
	if (jsGz / 1024 > b.js)
		failures.push(`${name}: JavaScript ${kb(jsGz).trim()} KB gzip > ${b.js} KB`);
	if (cssGz / 1024 > b.css) failures.push(`${name}: CSS ${kb(cssGz).trim()} KB gzip > ${b.css} KB`);
	if (html.length / 1024 > b.html)
		failures.push(`${name}: HTML ${kb(html.length).trim()} KB > ${b.html} KB`);
	if (elements > b.elements)
		failures.push(`${name}: ${elements} elements in the HTML > ${b.elements}`);
}

// The home page's dashboard and dataset are not first paint, but they load as soon as the page starts
// (its route node imports them at once): what the page has loaded once the dashboard is drawn.
const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
const home = join(build, 'index.html');
if (existsSync(manifestPath) && existsSync(home)) {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const byFile = new Map(Object.values(manifest).map((e) => [join(build, e.file), e]));
	const first = new Set(assetsOf(readFileSync(home, 'utf8'), home));
	// The page's own node: the last of the route's nodes the page starts (the layouts come first).
	const node = [...first]
		.map((f) => byFile.get(f))
		.filter((e) => e?.file.includes('/nodes/'))
		.at(-1);
	const after = new Set();
	const visit = (key) => {
		const e = manifest[key];
		const f = e && join(build, e.file);
		if (!f || first.has(f) || after.has(f)) return;
		after.add(f);
		for (const i of e.imports ?? []) visit(i);
	};
	for (const key of node?.dynamicImports ?? []) visit(key);
	const afterGz = [...after].reduce((n, f) => n + gz(readFileSync(f)), 0);
	const firstGz = [...first]
		.filter((f) => f.endsWith('.js') && existsSync(f))
		.reduce((n, f) => n + gz(readFileSync(f)), 0);
	console.log(
		`
index.html right after first paint (the dashboard's code and the dataset, ${after.size} chunks): +${kb(afterGz).trim()} KB gzip, ${kb(firstGz + afterGz).trim()} KB in all`
	);
}

const chunks = readdirSync(join(build, '_app/immutable'), { recursive: true })
	.map((f) => join(build, '_app/immutable', String(f)))
	.filter((f) => f.endsWith('.js') && !loaded.has(f));
const lazy = chunks.map((f) => ({ f, size: gz(readFileSync(f)) })).sort((a, b) => b.size - a.size);
console.log(
	`\nloaded later, on demand (${lazy.length} chunks, ${kb(lazy.reduce((s, c) => s + c.size, 0)).trim()} KB gzip); the largest:`
);
for (const { f, size } of lazy.slice(0, 8)) console.log(`${kb(size)} KB  ${relative(build, f)}`);

const pack = join(root, 'pack/untoc-timeline.html');
if (existsSync(pack)) {
	const b = readFileSync(pack);
	console.log(
		`\noffline pack (pack/untoc-timeline.html): ${kb(b.length).trim()} KB, ${kb(gz(b)).trim()} KB gzip`
	);
} else console.log('\noffline pack: not built (npm run build:pack)');

if (check && failures.length) {
	console.error(`\nsize: over budget:\n${failures.join('\n')}`);
	process.exit(1);
}
if (check) console.log('\nsize: every page within its budget');
