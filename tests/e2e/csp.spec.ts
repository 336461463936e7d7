// The content policy (kit.csp in svelte.config.js): in every prerendered page of build/ and in the pack,
// strict for scripts, and nothing the app does is blocked by it — exports (SVG, PNG through a canvas,
// CSV), citations, the presenter window, tour files — on the site and in the pack from file://.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = fileURLToPath(new URL('../../build', import.meta.url));
const PACK = fileURLToPath(new URL('../../pack/untoc-timeline.html', import.meta.url));
const TOUR_FILE = fileURLToPath(
	new URL('../../data/tours/from-geneva-to-vienna.json', import.meta.url)
);

const pages = readdirSync(BUILD, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.html'))
	.sort();

/** The policy of a page, as directive → sources, and where in the page it stands. */
function policyOf(html: string) {
	const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
	const directives = new Map<string, string[]>();
	for (const d of (m?.[1] ?? '').replaceAll('&#39;', "'").split(';')) {
		const [name, ...sources] = d.trim().split(/\s+/);
		if (name) directives.set(name, sources);
	}
	return { directives, at: m?.index ?? -1 };
}

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

function expectStrict(html: string) {
	const { directives: d, at } = policyOf(html);
	expect(at, 'a policy meta').toBeGreaterThan(0);
	// Before anything it governs: the first script, style or stylesheet.
	expect(at).toBeLessThan(html.search(/<script|<style|rel="stylesheet"|rel="modulepreload"/));
	expect(d.get('default-src')).toEqual(["'self'"]);
	expect(d.get('object-src')).toEqual(["'none'"]);
	expect(d.get('base-uri')).toEqual(["'none'"]);
	expect(d.get('form-action')).toEqual(["'none'"]);
	expect(d.get('connect-src')).toEqual(["'self'"]);
	expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
	const script = d.get('script-src') ?? [];
	expect(script[0]).toBe("'self'");
	expect(script.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
	const style = d.get('style-src') ?? [];
	expect(style[0]).toBe("'self'");
	expect(style.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
	// The one allowance: style attributes (see svelte.config.js for why).
	expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
	// Every inline script and style element of the page is named by its hash.
	for (const [, tag, body] of html.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g))
		expect(d.get(`${tag}-src`), `${tag} of ${body?.length} characters`).toContain(sha(body ?? ''));
}

test('every prerendered page of build/ carries the strict content policy, its inline script by hash', () => {
	expect(pages).toEqual(
		expect.arrayContaining([
			'404.html',
			'index.html',
			'about.html',
			'present.html',
			'tours.html',
			join('present', 'from-geneva-to-vienna.html'),
			join('present', 'from-geneva-to-vienna', 'presenter.html'),
			join('tours', 'present.html'),
			join('tours', 'presenter.html')
		])
	);
	for (const f of pages) {
		const html = readFileSync(join(BUILD, f), 'utf8');
		expect(html.match(/<script>/g)?.length, f).toBeGreaterThan(0);
		expectStrict(html);
	}
});

test('the offline pack carries the same policy, its inline script and style by hash', () => {
	expectStrict(readFileSync(PACK, 'utf8'));
});

/** Every report of the policy, in any page of the context (the presenter's window included). */
async function recordViolations(context: BrowserContext) {
	const violations: string[] = [];
	await context.exposeBinding('__cspViolation', (_source, v: string) => void violations.push(v));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
				`${e.violatedDirective} ${e.blockedURI} ${e.sample}`
			)
		);
	});
	context.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	return violations;
}

async function download(page: Page, root: ReturnType<Page['locator']>, button: string) {
	await root.locator('summary', { hasText: 'Export' }).first().click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		root.getByRole('button', { name: button, exact: true }).click()
	]);
	const bytes = readFileSync(await file.path());
	await root.locator('summary', { hasText: 'Export' }).first().click();
	return bytes;
}

/** Exports, a citation, the presenter's window and a tour file: what the policy must leave alone. */
async function useEverything(page: Page, at: (route: string) => string) {
	const go = async (route: string) => {
		// Loaded afresh each time (in the pack a new hash alone would be a same-page navigation).
		await page.goto('about:blank');
		await page.goto(at(route));
	};
	await go('/?from=1994&to=2006');
	const timeline = page.locator('[data-view="timeline"]');
	await expect(page.locator('[data-view="timeline"][data-ready]')).toBeVisible();
	expect((await download(page, timeline, 'Download SVG')).toString()).toMatch(/^<svg /);
	const png = await download(page, timeline, 'Download PNG');
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect(png.length).toBeGreaterThan(10_000); // drawn, not blank
	const chart = page.locator('[data-view="ratifications"]');
	expect((await download(page, chart, 'Download PNG')).subarray(1, 4).toString()).toBe('PNG');
	const csv = await download(page, chart, 'Download CSV');
	expect(csv.toString().split('\n').length).toBeGreaterThan(10);
	await timeline.locator('summary', { hasText: 'Export' }).first().click();
	await timeline.getByRole('button', { name: 'Cite this view' }).click();
	await expect(timeline.locator('[data-citation="apa"]')).toContainText('UNTOC Timeline');

	// The presenter's window, kept in step over a BroadcastChannel.
	await go('/present/from-geneva-to-vienna?stop=2');
	const stage = page.locator('[data-view="presentation"]');
	await expect(stage).toHaveAttribute('data-stop', '2');
	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		stage.getByRole('link', { name: 'Presenter view' }).click()
	]);
	await expect(presenter.locator('[data-view="presenter"]')).toHaveAttribute('data-stop', '2');
	await page.keyboard.press('ArrowRight');
	await expect(presenter.locator('[data-view="presenter"]')).toHaveAttribute('data-stop', '3');
	await presenter.close();

	// A tour file opened, then saved.
	await go('/tours');
	await page.getByLabel('A tour saved from here, or a file of data/tours').setInputFiles(TOUR_FILE);
	await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible();
	const [saved] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save as file' }).first().click()
	]);
	expect(JSON.parse(readFileSync(await saved.path(), 'utf8')).stops.length).toBeGreaterThan(1);
}

/** The policy is in force: a script the page did not ship is refused, and reported. */
async function expectEnforced(page: Page, violations: string[]) {
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = 1';
		document.body.append(s);
	});
	expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
	await expect.poll(() => violations.join('\n')).toContain('script-src');
}

test('on the site, exports, citations, the presenter window and tour files work under the policy, with nothing blocked', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const violations = await recordViolations(context);
	for (const route of [
		'/',
		'/about',
		'/present',
		'/tours',
		'/present/from-geneva-to-vienna/presenter'
	]) {
		await page.goto(route);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	await useEverything(page, (route) => route);
	expect(violations).toEqual([]);
	await expectEnforced(page, violations);
});

test('in the pack from file://, exports, the presenter window and tour files work under the policy, with nothing blocked', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await context.route('**/*', (route) =>
		/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()
	);
	const violations = await recordViolations(context);
	await useEverything(page, (route) => `file://${PACK}#${route}`);
	expect(violations).toEqual([]);
	await expectEnforced(page, violations);
});
