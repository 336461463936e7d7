import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { copSessions, events, treatyActions } from './dataFiles';

test('the home page lists every event in data/events.json in the events table', async ({
	page
}) => {
	await page.goto('/');
	const rows = page.locator('[data-view="events"] tbody tr:not([hidden])[data-event-id]');
	await expect(rows).toHaveCount(events.length);
	const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
	expect(new Set(shown)).toEqual(new Set(events.map((e) => e.id)));
	await expect(page.locator('[data-view="events"] caption')).toContainText(
		`showing ${events.length} of ${events.length}`
	);
});

test('sorting the events table by date flips between oldest first and newest first', async ({
	page
}) => {
	await page.goto('/');
	const table = page.locator('[data-view="events"]');
	const dateHeader = table.getByRole('columnheader', { name: /^Date/ });
	await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
	const firstId = () => table.locator('tbody tr').first().getAttribute('data-event-id');
	const byStart = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	expect(await firstId()).toBe(byStart[0]?.id);

	await dateHeader.getByRole('button').click();
	await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
	const latest = byStart[byStart.length - 1];
	expect(await firstId()).toBe(latest?.id);
	const dates = await table
		.locator('tbody tr time')
		.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
	expect(dates).toEqual([...dates].sort().reverse());

	// Sorting by title is alphabetical; the keyboard reaches the same button.
	await table.getByRole('button', { name: /^Event/ }).focus();
	await page.keyboard.press('Enter');
	await expect(table.getByRole('columnheader', { name: /^Event/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await expect(dateHeader).toHaveAttribute('aria-sort', 'none');
	const titles = await table.locator('tbody tr .t').allTextContents();
	expect(titles).toEqual(
		[...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))
	);
});

test('the headline figures match the data files', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-figure="events"]')).toHaveAttribute(
		'data-count',
		String(events.length)
	);
	await expect(page.locator('[data-figure="events"] dd').first()).toHaveText(String(events.length));
	await expect(page.locator('[data-figure="cop-sessions"]')).toHaveAttribute(
		'data-count',
		String(copSessions.length)
	);

	// As of the newest date in the treaty actions, a Party is a row with a deposit on or before it, or an
	// undated row whose whole window has passed.
	const asOf = treatyActions
		.flatMap((a) => [a.consent_date, a.signature_date, a.date_latest])
		.filter((d): d is string => !!d)
		.sort()
		.at(-1) as string;
	await expect(page.locator('.asof time')).toHaveAttribute('datetime', asOf);
	for (const id of ['UNTOC', 'TIP', 'SOM', 'FIR']) {
		const expected = treatyActions.filter(
			(a) =>
				a.instrument === id &&
				((a.consent_date && a.consent_date <= asOf) ||
					(!a.consent_date && a.date_latest && a.date_latest <= asOf))
		).length;
		expect(expected).toBeGreaterThan(100);
		const figure = page.locator(`[data-figure="parties"][data-instrument="${id}"]`);
		await expect(figure).toHaveAttribute('data-count', String(expected));
		await expect(figure.locator('dd').first()).toHaveText(String(expected));
	}
});

test('with an as-of date set, the headline figures count on it and say so', async ({ page }) => {
	const asOf = '2010-01-01';
	await page.goto(`/?asof=${asOf}`);
	await expect(page.locator('[data-figures-asof]')).toHaveAttribute('data-figures-asof', asOf);
	await expect(page.locator('[data-figures-asof]')).toContainText(
		'1 January 2010, the as-of date you set'
	);
	for (const id of ['UNTOC', 'TIP', 'SOM', 'FIR']) {
		const expected = treatyActions.filter(
			(a) =>
				a.instrument === id &&
				((a.consent_date && a.consent_date <= asOf) ||
					(!a.consent_date && a.date_latest && a.date_latest <= asOf))
		).length;
		const figure = page.locator(`[data-figure="parties"][data-instrument="${id}"]`);
		await expect(figure).toHaveAttribute('data-count', String(expected));
	}
	const convention = treatyActions.filter(
		(a) => a.instrument === 'UNTOC' && a.consent_date && a.consent_date <= asOf
	).length;
	expect(convention).toBeGreaterThan(100);
	expect(convention).toBeLessThan(192);
	// Events and sessions count what had happened by then.
	const held = copSessions.filter((s) => s.startDate <= asOf).length;
	await expect(page.locator('[data-figure="cop-sessions"]')).toHaveAttribute(
		'data-count',
		String(held)
	);
	await expect(page.locator('[data-figure="events"] dt')).toHaveText('Events, 1975–2010');
});

test('an unknown address shows a helpful page-not-found page', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByText('/no-such-page')).toBeVisible();
	await page.getByRole('link', { name: 'Go to the timeline' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('[data-view="events"] tbody tr:not([hidden])').first()).toBeVisible();
});

test('no request leaves the app’s own origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL ?? '').origin;
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/');
	await page.getByRole('link', { name: 'About the data' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
	await page.goto('/no-such-page');
	await page.waitForLoadState('networkidle');
	expect(requests.length).toBeGreaterThan(3);
	const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
	expect(foreign).toEqual([]);
});

for (const path of ['/', '/about']) {
	test(`axe-core finds no accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		test.setTimeout(120_000); // axe walks every node of a page with a 198-row table
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
	});
}

test('the prerendered home page is a light shell: the heading and the figures, without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto('/');
	const html = (await response?.text()) ?? '';
	// No row of the dataset rides in the page: the dashboard and its data load as the page starts.
	const markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
	expect(markup.length).toBeLessThan(20_000);
	expect(html).not.toContain(events[0]!.title);
	// Its styles are inline, so nothing waits on a stylesheet before the first paint (the disabled
	// links beside them only tell the router which stylesheets the page has).
	expect(html).toMatch(/<style[^>]*>[\s\S]*\.lede/);
	const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
	expect(links.length).toBeGreaterThan(0);
	expect(links.filter((l) => !/\sdisabled\b/.test(l))).toEqual([]);
	await expect(page.locator('h1')).toHaveText(/Palermo Convention/);
	await expect(page.locator('[data-figure="events"]')).toHaveAttribute(
		'data-count',
		String(events.length)
	);
	await expect(page.locator('[data-dashboard-placeholder] [role="status"]')).toHaveText(
		/Loading the timeline/
	);
	await context.close();
});

test('when the dashboard cannot be loaded, the page says so and offers a reload', async ({
	page
}) => {
	const html = await (await page.request.get('/')).text();
	// Only what the page names itself loads; the dashboard's code and the dataset, imported as the
	// page starts, fail as they would on a dropped connection.
	const named = new Set(
		[...html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)].map(
			(m) => m[1] ?? m[2]
		)
	);
	// (The router's own nodes, such as the error page's, which it fetches in the background, load.)
	await page.route('**/_app/immutable/chunks/*.js', (route) => {
		const path = new URL(route.request().url()).pathname;
		return named.has(path) ? route.continue() : route.abort('internetdisconnected');
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const alert = page.locator('[data-dashboard-placeholder] [role="alert"]');
	await expect(alert).toContainText('The dashboard could not be loaded.');
	await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
	// The figures from the page itself stay.
	await expect(page.locator('[data-figure="events"]')).toHaveAttribute(
		'data-count',
		String(events.length)
	);
	expect(errors).toEqual([]);
});

test('the timeline comes first: it is interactive before the views below it are drawn', async ({
	page
}) => {
	// What stood in the page the moment the timeline became ready, and when the rest came.
	await page.addInitScript(() => {
		const w = window as unknown as { __order: string[] };
		w.__order = [];
		new MutationObserver(() => {
			const mark = (name: string, selector: string) => {
				if (!w.__order.includes(name) && document.querySelector(selector)) w.__order.push(name);
			};
			mark('timeline', '[data-view="timeline"][data-ready]');
			mark('chart', '[data-view="ratifications"], .ratifications');
			mark('map', '[data-view="map"]');
			mark('tables', '[data-view="events"]');
			mark('complete', '.workspace[data-complete]');
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	await page.goto('/');
	await page.locator('.workspace[data-complete]').waitFor();
	const order = await page.evaluate(() => (window as unknown as { __order: string[] }).__order);
	expect(order.indexOf('timeline')).toBeGreaterThanOrEqual(0);
	for (const later of ['map', 'tables', 'complete'])
		expect(order.indexOf(later)).toBeGreaterThan(order.indexOf('timeline'));
	for (const view of ['timeline', 'events', 'cop-sessions', 'map'])
		await expect(page.locator(`[data-view="${view}"]`).first()).toBeAttached();
});

test('the dashboard is requested as the app starts on the home page, and by no other page', async ({
	browser
}) => {
	/** The scripts a fresh page requests, in order, once the page named by `ready` is there. */
	async function scriptsOf(path: string, ready: string) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const urls: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname);
		});
		await page.goto(path);
		await page.locator(ready).waitFor();
		await context.close();
		return urls;
	}
	const request = (await browser.newContext()).request;
	/** The scripts a page's HTML names (its own, which load with it). */
	const namedBy = async (path: string) =>
		new Set(
			[...(await (await request.get(path)).text()).matchAll(/href="([^"]+\.js)"/g)].map((m) => m[1])
		);
	const named = await namedBy('/');
	// The page's own code is held back here (its node, which its HTML names) until the dashboard is
	// asked for: so the dashboard is asked for as the app starts (the client hook), not once the page's
	// own code has run; if it were not, the hold would end only at its deadline, and the test says so.
	const context = await browser.newContext();
	const page = await context.newPage();
	const home: string[] = [];
	let release: () => void = () => {};
	let deadlineReached = false;
	const held = new Promise<void>((resolve) => {
		release = resolve;
		setTimeout(() => {
			deadlineReached = true;
			resolve();
		}, 10_000);
	});
	await page.route(/\/nodes\/2\.[^/]*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	page.on('request', (r) => {
		if (r.resourceType() !== 'script') return;
		const path = new URL(r.url()).pathname;
		home.push(path);
		if (!named.has(path) && !path.includes('/nodes/')) release();
	});
	await page.goto('/');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await context.close();
	expect(deadlineReached, "the dashboard was asked for only once the page's code came").toBe(false);
	// What the home page loads beyond what its HTML names: the dashboard and the dataset, and the
	// router's error page (a node), which is asked for first: the page waits on it to mount, and under
	// HTTP/1.1 it would otherwise queue behind the dashboard's chunks.
	const lazy = home.filter((u) => !named.has(u) && !u.includes('/nodes/'));
	expect(lazy.length).toBeGreaterThan(3);
	const errorPage = home.findIndex((u) => /\/nodes\/1\.[^/]*\.js$/.test(u));
	expect(errorPage).toBeGreaterThan(0);
	expect(errorPage).toBeLessThan(home.indexOf(lazy[0]!));
	// Another page loads none of it but what it names itself (a few small chunks the two share).
	const aboutNamed = await namedBy('/about');
	const about = await scriptsOf('/about', 'main h1');
	expect(about.filter((u) => lazy.includes(u) && !aboutNamed.has(u))).toEqual([]);
});
