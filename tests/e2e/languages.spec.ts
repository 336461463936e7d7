// The interface in the six UN languages (?lang=): for each of ar, zh, fr, ru and es, <html lang dir>,
// no string of the English catalogue left in the rendered interface (texts the dataset holds only in
// English are marked lang="en" and not counted), the participants' names as the platform names them in
// that language, and dates with that language's month names. Switching keeps the view; Arabic is
// mirrored and axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/lib/i18n/catalogue/en';
import ar from '../../src/lib/i18n/catalogue/ar';
import es from '../../src/lib/i18n/catalogue/es';
import fr from '../../src/lib/i18n/catalogue/fr';
import ru from '../../src/lib/i18n/catalogue/ru';
import zh from '../../src/lib/i18n/catalogue/zh';
import { INTL_TAG } from '../../src/lib/i18n/locales';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingGlyphs } from '../glyphs';
import { renderResvg } from './renderers';

/** Each participant's ISO alpha-2 code, from the dataset's aliases (the platform names by it). */
const ALPHA2: Record<string, string> = Object.fromEntries(
	readFileSync(new URL('../../data/participant-aliases.csv', import.meta.url), 'utf8')
		.split('\n')
		.map((line) => line.split(','))
		.filter((cells) => cells[2] === 'alpha-2')
		.map((cells) => [cells[0], cells[1]])
);

const CATALOGUES = { ar, zh, fr, ru, es } as const;
type Other = keyof typeof CATALOGUES;

/** Every plain string of a catalogue, by its path ("frame.skip"). */
function strings(cat: object, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [k, v] of Object.entries(cat)) {
		const path = prefix ? `${prefix}.${k}` : k;
		if (typeof v === 'string') out.set(path, v);
		else if (v && typeof v === 'object')
			for (const [p, s] of strings(v as object, path)) out.set(p, s);
	}
	return out;
}

/**
 * The English messages that must not show in language l: those with a letter in them and at least
 * four characters (shorter ones, like "UN", read the same in several languages), and that l writes
 * differently.
 */
function englishOnly(l: Other): { path: string; text: string }[] {
	const theirs = strings(CATALOGUES[l]);
	return [...strings(en)]
		.filter(([path, text]) => text.length >= 4 && /\p{L}/u.test(text) && theirs.get(path) !== text)
		.map(([path, text]) => ({ path, text }));
}

/** The visible interface text of the page, leaving out what is marked as English data. */
async function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const t = walker.currentNode as Text;
			const el = t.parentElement;
			if (!el || el.closest('[lang="en"], script, style, [hidden]')) continue;
			if (!t.textContent?.trim()) continue;
			parts.push(t.textContent);
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
			if (el.closest('[lang="en"]')) continue;
			for (const a of ['aria-label', 'title', 'placeholder'])
				if (el.getAttribute(a)) parts.push(el.getAttribute(a)!);
		}
		return parts.join('\n').replace(/\s+/g, ' ');
	});
}

/**
 * Every text the dataset holds (in English, and shown as it is): event titles and descriptions,
 * places, sessions' outcomes, sources, the instruments' titles, the tour's own words, and the app's
 * name. An accessible name can hold one without a lang attribute of its own (a mark's name is its
 * event's title and date), so these are taken out of the page's text before it is searched.
 */
const DATA_TEXTS: string[] = (() => {
	const out = new Set<string>(['UNTOC Timeline']);
	const walk = (v: unknown) => {
		if (typeof v === 'string') {
			if (v.length >= 4 && !/^[\w-]+$/.test(v)) out.add(v);
		} else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	for (const f of [
		'events.json',
		'cop-sessions.json',
		'instruments.json',
		'tours/from-geneva-to-vienna.json'
	])
		walk(JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8')));
	return [...out].sort((a, b) => b.length - a.length);
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const l of Object.keys(CATALOGUES) as Other[]) {
	test(`in ${l}: <html lang dir>, no English interface string, States named and dates written in ${l}`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto(`/?lang=${l}&asof=2010-06-01`);
		await expect(page.locator('html')).toHaveAttribute('lang', l);
		await expect(page.locator('html')).toHaveAttribute('dir', l === 'ar' ? 'rtl' : 'ltr');
		await page.locator('[data-view="timeline"][data-ready]').waitFor();
		await page.locator('[data-view="map"]').scrollIntoViewIfNeeded();
		await page.locator('[data-view="map"][data-ready]').waitFor();

		expect(await englishLeft(page, l), 'English strings still shown').toEqual([]);

		// The participants table: each State as Intl.DisplayNames names it in the language.
		await page.getByRole('tab').nth(1).click();
		const rows = page.locator('[data-view="participants"] tbody tr[data-party]');
		await expect(rows.first()).toBeVisible();
		const names = await page.evaluate(
			([tag, alpha2]) => {
				const region = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
				return [...document.querySelectorAll('[data-view="participants"] tbody tr[data-party]')]
					.slice(0, 40)
					.map((tr) => {
						const code = alpha2[tr.getAttribute('data-party') ?? ''];
						return {
							shown: tr.querySelector('th')?.textContent?.trim() ?? '',
							alpha2: code,
							expected: code ? region.of(code) : null
						};
					});
			},
			[INTL_TAG[l], ALPHA2] as const
		);
		const named = names.filter((n) => n.expected);
		expect(named.length).toBeGreaterThan(30);
		for (const n of named) expect(n.shown, n.alpha2 ?? '').toBe(n.expected);

		// Dates: the as-of date in the language's own words, month name and all.
		const june = new Intl.DateTimeFormat(INTL_TAG[l], {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(Date.UTC(2010, 5, 1)));
		await expect(page.locator('body')).toContainText(june);
	});
}

/** The English catalogue's strings still shown on the page, by path. */
async function englishLeft(page: Page, l: Other): Promise<string[]> {
	let text = await interfaceText(page);
	for (const d of DATA_TEXTS) text = text.replaceAll(d, ' ');
	return englishOnly(l)
		.filter(({ text: s }) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u').test(text))
		.map(({ path, text: s }) => `${path}: ${s}`);
}

for (const l of Object.keys(CATALOGUES) as Other[])
	test(`in ${l}: the other pages and a tour stop show no English interface string`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const left: string[] = [];
		for (const [path, ready] of [
			['/about', 'h1'],
			['/present', 'h1'],
			['/tours', 'h1'],
			['/present/from-geneva-to-vienna?stop=6', '[data-view="presentation"]'],
			['/present/from-geneva-to-vienna/presenter?stop=6', '[data-view="presenter"]'],
			['/no-such-page', 'h1']
		] as const) {
			await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${l}`);
			await page.locator(ready).first().waitFor();
			await expect(page.locator('html')).toHaveAttribute('lang', l);
			for (const s of await englishLeft(page, l)) left.push(`${path} ${s}`);
		}
		expect(left).toEqual([]);
	});

test('switching language keeps the view: window, selection and as-of date', async ({ page }) => {
	test.setTimeout(120_000);
	const view = 'from=1998&to=2004&event=ga-resolution-55-25&asof=2003-01-01';
	await page.goto(`/?${view}`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await expect(page.locator('[data-details-event]')).toHaveAttribute(
		'data-details-event',
		'ga-resolution-55-25'
	);
	await page.locator('[data-language-switch]').first().selectOption('fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page).toHaveURL(new RegExp(`\\?${view}&lang=fr$`));
	await expect(page.locator('[data-details-event]')).toHaveAttribute(
		'data-details-event',
		'ga-resolution-55-25'
	);
	await expect(page.locator('[data-view="timeline"]')).toHaveAttribute('data-ready', '');
	// Links keep the language, and so does the next page.
	await page.locator('nav a[href*="/about"]').first().click();
	await expect(page).toHaveURL(/\/about\?lang=fr$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	// Back to English: the parameter goes.
	await page.locator('[data-language-switch]').first().selectOption('en');
	await expect(page).toHaveURL(/\/about$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a language the app does not speak is ignored with the notice', async ({ page }) => {
	await page.goto('/about?lang=de');
	await expect(page.locator('[data-query-notice]')).toContainText('lang=');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Arabic is mirrored and axe-clean', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/?lang=ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	// Mirrored: the brand stands at the right of the header, the navigation to its left.
	const brand = await page.locator('header .brand').boundingBox();
	const nav = await page.locator('header nav').boundingBox();
	expect(brand!.x).toBeGreaterThan(nav!.x);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

/** The text of each <text> element of a file. */
const linesOf = (svg: string) =>
	[...svg.matchAll(/<text [^>]*>([\s\S]*?)<\/text>/g)].map((x) =>
		(x[1] ?? '')
			.replace(/<[^>]+>/g, '')
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
	);

for (const l of ['fr', 'ar', 'zh'] as const)
	test(`a timeline export in ${l}: its title, legend and footer are in ${l}, and resvg draws every character`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const t = CATALOGUES[l];
		await page.goto(`/?from=1994&to=2006&lang=${l}`);
		await expect(page.locator('html')).toHaveAttribute('lang', l);
		const figure = page.locator('[data-view="timeline"][data-ready]');
		await figure.locator('summary', { hasText: t.exports.export }).first().click();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			figure.getByRole('button', { name: t.exports.downloadSvg, exact: true }).click()
		]);
		const svg = readFileSync(await file.path(), 'utf8');
		const text = linesOf(svg)
			.join('\n')
			.replace(/[\u202a-\u202e\u200e\u200f]/g, '');
		// The title names the window in the language's dates; the legend its lanes; the footer cites.
		const span = `${new Intl.DateTimeFormat(INTL_TAG[l], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(1994, 0, 1)))}`;
		expect(text).toContain(
			t.timeline
				.exportTitle('')
				.trim()
				.replace(/[,،:：，]$/, '')
		);
		expect(text).toContain(span);
		expect(text).toContain(t.timeline.category.negotiation);
		expect(text).toContain(t.timeline.category.cop);
		expect(text).toContain(t.exports.citeLine('').trim());
		expect(text).not.toContain('Timeline of events');
		// Every character it writes has a glyph in the fonts resvg finds.
		const chars = [...new Set([...text])].filter((c) => /[^\s\p{Cf}]/u.test(c));
		const { missing, tofuAlike } = missingGlyphs(chars);
		expect(tofuAlike).toBe(true);
		expect(missing).toEqual([]);
		// And the whole file draws.
		const png = renderResvg(svg);
		expect(png.width).toBeGreaterThan(600);
	});

test('the offline pack speaks the six languages from file://, and its switch keeps the view', async ({
	page
}) => {
	const pack = fileURLToPath(new URL('../../pack/untoc-timeline.html', import.meta.url));
	expect(existsSync(pack), 'run npm run build:pack first').toBe(true);
	await page.goto(`file://${pack}#/?from=1998&to=2004`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.locator('[data-language-switch]').first().selectOption('ar');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page).toHaveURL(/#\/\?from=1998&to=2004&lang=ar$/);
	await expect(page.getByRole('heading', { level: 2, name: ar.timeline.title })).toBeVisible();
	// Its links stay inside the file and keep the language.
	await page.locator(`nav a:has-text("${ar.frame.navAbout}")`).first().click();
	await expect(page).toHaveURL(/#\/about\?lang=ar$/);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('About the data');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('About gives the instruments’ official titles in the language where a UN source has them, else in English marked so', async ({
	page
}) => {
	await page.goto('/about?lang=fr');
	const titles = page.locator('ul.titles li');
	await expect(titles).toHaveCount(4);
	await expect(
		titles.nth(0).locator('span[lang="fr"]', {
			hasText: 'Convention des Nations Unies contre la criminalité transnationale organisée'
		})
	).toBeVisible();
	// No French title was found for the Trafficking in Persons Protocol: the English one, marked.
	await expect(titles.nth(1).locator('span[lang="en"]')).toContainText('Trafficking in Persons');
	await expect(titles.nth(1)).toContainText(fr.frame.inEnglish);
	await expect(titles.nth(0).locator('a')).toHaveAttribute(
		'href',
		/^https:\/\/(www\.)?unodc\.org\//
	);
});
