// The hostile-address probe, as a test: seeded addresses (tests/e2e/fuzzAddresses.ts) over every route
// and URL parameter, on the served site and on the offline pack from file://. For each: no page error,
// no payload ran (window.__pwned stays unset, no dialog opened), no request left the app's own origin,
// no view gave way to its error boundary, the page shows its heading, and the notice names every
// parameter the page could not use — and is absent where every parameter was good.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	fuzzAddresses,
	HOME_PARAMS,
	KNOWN_BAD,
	LOCAL_TOUR,
	STOP_PARAMS,
	TOUR,
	type FuzzAddress,
	type RouteKind
} from './fuzzAddresses';

// Generous: 300 page loads share two cores with the rest of the suite.
const expectLoaded = expect.configure({ timeout: 15_000 });
const PACK = fileURLToPath(new URL('../../pack/untoc-timeline.html', import.meta.url));
const BUILD = fileURLToPath(new URL('../../build', import.meta.url));
const BATCHES = 3;
const SEEDS = { site: 20_250_409, pack: 20_251_012 } as const;
type Target = keyof typeof SEEDS;

// The bundled tour, as the presenter's own under another id: /tours/present has a tour to show.
const localTour = {
	...JSON.parse(readFileSync(new URL(`../../data/tours/${TOUR}.json`, import.meta.url), 'utf8')),
	id: LOCAL_TOUR
};

/** What shows a page has read its address (the notice, when there is one, comes with it). */
const READY: Record<RouteKind, string> = {
	'/': '[data-view="timeline"][data-ready]',
	'/present/[tour]': '[data-view="presentation"]',
	'/tours/present': '[data-view="presentation"]',
	'/present/[tour]/presenter': '[data-view="presenter"]',
	'/tours/presenter': '[data-view="presenter"]',
	'/about': 'h1',
	'/present': 'h1',
	'/tours': 'h1',
	unknown: 'h1',
	hash: 'h1'
};

/** The served site's static files for a page, for an address longer than the preview server takes. */
function builtPage(pathname: string): string {
	return `${BUILD}${pathname === '/' ? '/index' : pathname}.html`;
}

/**
 * Watches one page for the whole batch: page errors, dialogs, and requests off the app's own origin
 * (there is no network to reach, so one is only seen, never answered).
 */
function watch(page: Page, target: Target, origin: string) {
	const seen = { errors: [] as string[], dialogs: [] as string[], foreign: [] as string[] };
	const own = (url: string) =>
		/^(data|blob|about):/.test(url) ||
		(target === 'pack' ? url.startsWith('file://') : new URL(url).origin === origin);
	page.on('pageerror', (e) => seen.errors.push(`${e.name}: ${e.message}`));
	page.on('dialog', (d) => {
		seen.dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('request', (r) => {
		if (!own(r.url())) seen.foreign.push(r.url());
	});
	return seen;
}

/** Opens an address; on the site, one past 16 KB is served from build/ as a static host would. */
async function open(page: Page, url: string) {
	// `vite preview` answers 431 to an address longer than Node's 16 KB header limit.
	if (url.length <= 12_000 || url.startsWith('file:')) return page.goto(url);
	const long = (u: URL) => u.href.length > 12_000;
	await page.route(long, (route) =>
		route.fulfill({
			path: builtPage(new URL(route.request().url()).pathname),
			contentType: 'text/html'
		})
	);
	await page.goto(url);
	await page.unroute(long);
}

async function visit(page: Page, target: Target, origin: string, a: FuzzAddress) {
	const label = `${target} ${(target === 'site' ? a.site : a.pack).slice(0, 160)}`;
	const url = target === 'site' ? `${origin}${a.site}` : `file://${PACK}${a.pack}`;
	// Through about:blank where only the hash would change, so that the page is loaded afresh.
	if (url.split('#')[0] === page.url().split('#')[0]) await page.goto('about:blank');
	await open(page, url);
	await expectLoaded(page.locator(READY[a.route]).first(), label).toBeVisible();
	await expectLoaded(
		page.locator('h1').first(),
		`${label}: a heading, not a blank page`
	).toBeVisible();
	const notice = page.locator('[data-query-notice]');
	if (a.notice === null) {
		if (a.route === 'unknown')
			await expectLoaded(
				page.locator('a[href="/"], a[href="#/"]').first(),
				`${label}: the way home`
			).toBeVisible();
	} else if (a.notice.length > 0) {
		await expectLoaded(notice, label).toBeVisible();
		// The notice is drawn whole, once the page has read its address: one read names them all.
		const text = await notice.innerText();
		for (const p of a.notice) expect(text, `${label}: names ${p}`).toContain(`${p}=`);
	} else {
		// Every parameter was good: once the page has written its own address back, no notice.
		if (a.route === '/present/[tour]' || a.route === '/tours/present')
			await expectLoaded(page, label).toHaveURL(/stop=\d/);
		await expectLoaded(notice, label).toHaveCount(0);
	}
	await expectLoaded(page.locator('[data-view-failed]'), label).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
		label
	).toBeUndefined();
	return label;
}

for (const target of ['site', 'pack'] as const) {
	const addresses = fuzzAddresses(SEEDS[target]);

	test(`fuzz (${target}): the seeded addresses cover every route, parameter and kind of value`, () => {
		expect(addresses.length).toBe(150);
		const routes = new Set(addresses.map((a) => a.route));
		expect([...routes].sort()).toEqual(
			[
				'/',
				'/about',
				'/present',
				'/tours',
				'/present/[tour]',
				'/present/[tour]/presenter',
				'/tours/present',
				'/tours/presenter',
				'hash',
				'unknown'
			].sort()
		);
		const home = new Set(addresses.filter((a) => a.route === '/').flatMap((a) => a.params));
		for (const p of Object.keys(HOME_PARAMS)) expect(home, p).toContain(p);
		const stage = new Set(
			addresses.filter((a) => a.route === '/present/[tour]').flatMap((a) => a.params)
		);
		for (const p of Object.keys(STOP_PARAMS)) expect(stage, p).toContain(p);
		const kinds = new Set(addresses.flatMap((a) => a.kinds));
		for (const k of ['valid', 'payload', 'malformed', 'huge', 'repeated'])
			expect(kinds, k).toContain(k);
		// Both sides of the notice are tried: addresses that must show one, and addresses that must not.
		expect(addresses.filter((a) => a.notice?.length).length).toBeGreaterThan(80);
		expect(addresses.filter((a) => a.notice?.length === 0).length).toBeGreaterThan(3);
	});

	for (let b = 0; b < BATCHES; b++) {
		const batch = addresses.filter((_, i) => i % BATCHES === b);
		if (b === 0) batch.unshift(...KNOWN_BAD);
		test(`fuzz (${target}), batch ${b + 1} of ${BATCHES}: ${batch.length} hostile addresses open the page, with the notice where a parameter was ignored`, async ({
			page,
			baseURL
		}) => {
			test.setTimeout(300_000);
			if (target === 'pack') expect(existsSync(PACK), 'run npm run build:pack first').toBe(true);
			const origin = new URL(baseURL ?? '').origin;
			const seen = watch(page, target, origin);
			await page.goto(target === 'site' ? `${origin}/tours` : `file://${PACK}#/tours`);
			await page.evaluate(
				([key, tour]) => localStorage.setItem(key, JSON.stringify({ version: 1, tours: [tour] })),
				['untoc-timeline:tours', localTour] as const
			);
			let label = '';
			for (const a of batch) {
				label = await visit(page, target, origin, a);
				expect(seen.errors, label).toEqual([]);
				expect(seen.dialogs, label).toEqual([]);
				expect(seen.foreign, label).toEqual([]);
			}
			// Whatever the last address set off late.
			await page.goto('about:blank');
			expect(seen.errors, label).toEqual([]);
			expect(seen.dialogs, label).toEqual([]);
		});
	}
}
