import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { parseCsv } from '../../src/lib/data/csv';

const VIEW = '/?from=1994&to=2006&instruments=UNTOC,TIP';
const { homepage } = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string };
/** The public address of the page's view: exports link there, not to the test server. */
const publicAddress = (page: Page) => {
	const url = new URL(page.url());
	// With no public address configured, a served page links to its own origin.
	return `${homepage || url.origin}${url.pathname}${url.search}`;
};
/** Every "1 January 1994 – 31 December 2006" in a text. */
const windowsIn = (text: string) =>
	[...text.matchAll(/\d{1,2} [A-Z][a-z]+ \d{4} – \d{1,2} [A-Z][a-z]+ \d{4}/g)].map((m) => m[0]);
/** The text of each <text> element of a file, in order. */
const linesOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

async function open(page: Page) {
	await page.goto(VIEW);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
}

async function exportFrom(
	page: Page,
	figure: Locator,
	button: string,
	setup?: () => Promise<void>
) {
	await figure.locator('summary', { hasText: 'Export' }).first().click();
	if (setup) await setup();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: button, exact: true }).click()
	]);
	const path = await file.path();
	await figure.locator('summary', { hasText: 'Export' }).first().click();
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Everything a standalone SVG must be, checked on the file itself. */
function checkStandalone(svg: string, mustSay: string[]) {
	expect(XMLValidator.validate(svg)).toBe(true);
	expect(svg).toMatch(
		/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(\.\d+)?" height="\d+(\.\d+)?" viewBox=/
	);
	for (const bad of [
		/<script/i,
		/<foreignObject/i,
		/\sclass=/,
		/\sstyle=/,
		/var\(--/,
		/@import/,
		/<image/i
	]) {
		expect(svg).not.toMatch(bad);
	}
	for (const m of svg.matchAll(/(?:xlink:)?href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
	for (const m of svg.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
	for (const text of mustSay) expect(svg).toContain(text);
}

/** The share of pixels that differ between resvg's rendering of the file and Chromium's. */
async function renderDifference(page: Page, svg: string): Promise<number> {
	const resvg = PNG.sync.read(
		Buffer.from(
			new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } })
				.render()
				.asPng()
		)
	);
	const browser = await page.context().newPage();
	await browser.setViewportSize({ width: resvg.width, height: resvg.height });
	await browser.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
	const shot = PNG.sync.read(
		await browser.screenshot({ clip: { x: 0, y: 0, width: resvg.width, height: resvg.height } })
	);
	await browser.close();
	const diff = pixelmatch(resvg.data, shot.data, undefined, resvg.width, resvg.height, {
		threshold: 0.2
	});
	return diff / (resvg.width * resvg.height);
}

for (const [view, title, subtitle] of [
	[
		'timeline',
		'Timeline of events, 1 January 1994 – 31 December 2006',
		'Events by category · Convention, Trafficking in Persons Protocol'
	],
	[
		'ratifications',
		'Ratification growth: Parties, 15 November 2000 – 31 December 2006',
		'Parties: consent to be bound deposited · Convention, Trafficking in Persons Protocol'
	]
] as const) {
	test(`the ${view} SVG export stands alone and renders the same outside the browser`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await open(page);
		const figure = page.locator(`[data-view="${view}"]`);
		const { name, bytes } = await exportFrom(page, figure, 'Download SVG');
		expect(name).toMatch(/\.svg$/);
		const svg = bytes.toString('utf8');
		checkStandalone(svg, [
			title,
			'Sources:',
			`View: ${publicAddress(page).replace(/&/g, '&amp;')}`,
			'Data as of 9 April 2025',
			'Cite: UNTOC Timeline contributors'
		]);
		// One window, stated once in the title: the subtitle gives what is shown and the filters.
		const lines = linesOf(svg);
		expect(lines[0]).toBe(title);
		expect(lines.slice(1, 4).join(' ')).toContain(subtitle);
		expect(new Set(windowsIn(svg))).toEqual(new Set(windowsIn(title)));
		expect(lines.filter((l) => windowsIn(l ?? '').length > 0 && !l?.startsWith('Cite:'))).toEqual([
			title
		]);
		const difference = await renderDifference(page, svg);
		// Anti-aliasing and glyph hinting differ between the two renderers; the drawing does not.
		console.log(`${view}: ${(difference * 100).toFixed(2)}% of pixels differ`);
		expect(difference).toBeLessThan(0.02);
	});
}

test('with an as-of date set, both figures export the counts the readout shows on that date', async ({
	page
}) => {
	await page.goto('/?asof=2010-01-01&instruments=UNTOC,TIP');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	const readout = page.locator('[data-readout]');
	await expect(readout).toHaveAttribute('data-date', '2010-01-01');
	const count = async (id: string) =>
		readout.locator(`[data-instrument="${id}"]`).getAttribute('data-count');
	const line = `As of 1 January 2010 (Parties): Convention ${await count('UNTOC')} · Trafficking ${await count('TIP')}`;
	expect(line).toMatch(/Convention \d+ · Trafficking \d+$/);
	for (const view of ['timeline', 'ratifications']) {
		const svg = (
			await exportFrom(page, page.locator(`[data-view="${view}"]`), 'Download SVG')
		).bytes.toString('utf8');
		expect(linesOf(svg)).toContain(line);
	}
	// Without one, no as-of line.
	await open(page);
	const svg = (
		await exportFrom(page, page.locator('[data-view="ratifications"]'), 'Download SVG')
	).bytes.toString('utf8');
	expect(svg).not.toContain('As of ');
});

test('presets: a dark 16:9 slide is 1920×1080 on a dark ground and still stands alone', async ({
	page
}) => {
	await open(page);
	const figure = page.locator('[data-view="ratifications"]');
	const { bytes } = await exportFrom(page, figure, 'Download SVG', async () => {
		await figure.getByLabel('Size').selectOption('slide');
		await figure.getByLabel('Theme').selectOption('dark');
	});
	const svg = bytes.toString('utf8');
	expect(svg).toMatch(/width="1920" height="1080"/);
	expect(svg).toMatch(/<rect x="0" y="0" width="1920" height="1080" fill="#111418"\/>/);
	checkStandalone(svg, ['Ratification growth']);
	expect(await renderDifference(page, svg)).toBeLessThan(0.02);
});

test('the PNG export is drawn at the chosen scale and is not blank', async ({ page }) => {
	await open(page);
	const figure = page.locator('[data-view="timeline"]');
	const svg = (await exportFrom(page, figure, 'Download SVG')).bytes.toString('utf8');
	const width = Number(/width="(\d+)/.exec(svg)?.[1]);
	const { name, bytes } = await exportFrom(page, figure, 'Download PNG', async () => {
		await figure.getByLabel('PNG scale').selectOption('2');
	});
	expect(name).toMatch(/-2x-.*\.png$/);
	const png = PNG.sync.read(bytes);
	expect(png.width).toBe(width * 2);
	const colours = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
	expect(colours.size).toBeGreaterThan(20);
});

test('the CSV exports parse, carry sources and match the rows shown', async ({ page }) => {
	await open(page);
	const timelineCsv = parseCsv(
		(await exportFrom(page, page.locator('[data-view="timeline"]'), 'Download CSV')).bytes.toString(
			'utf8'
		)
	);
	expect(timelineCsv.errors).toEqual([]);
	const shown = await page.locator('[data-view="events"] tbody tr:not([hidden])').count();
	expect(timelineCsv.rows).toHaveLength(shown);
	expect(timelineCsv.rows.every((r) => (r.values.source ?? '').length > 0)).toBe(true);

	const chart = page.locator('[data-view="ratifications"]');
	const chartCsv = parseCsv((await exportFrom(page, chart, 'Download CSV')).bytes.toString('utf8'));
	expect(chartCsv.errors).toEqual([]);
	for (const id of ['UNTOC', 'TIP']) {
		const rows = chartCsv.rows.filter((r) => r.values.instrument === id && r.values.date);
		const label = await chart
			.locator('.end-labels text', { hasText: id === 'UNTOC' ? 'Convention' : 'Trafficking' })
			.textContent();
		expect(label).toContain(rows.at(-1)?.values.count_after);
		expect(rows.every((r) => /https?:\/\//.test(r.values.source ?? ''))).toBe(true);
	}

	await page.getByRole('tab', { name: /Participants/ }).click();
	const panel = page.locator('#panel-participants');
	const participantsCsv = parseCsv(
		(await exportFrom(page, panel, 'Download CSV')).bytes.toString('utf8')
	);
	expect(participantsCsv.rows).toHaveLength(
		await page.locator('[data-view="participants"] tbody tr').count()
	);
});

test('cite this view gives APA, OSCOLA and Bluebook forms with the permalink and dates', async ({
	page
}) => {
	await open(page);
	const figure = page.locator('[data-view="ratifications"]');
	await figure.locator('summary', { hasText: 'Export' }).click();
	await figure.getByRole('button', { name: 'Cite this view' }).click();
	const url = publicAddress(page);
	await expect(figure.locator('[data-citation="apa"]')).toContainText(`Retrieved`);
	await expect(figure.locator('[data-citation="apa"]')).toContainText(url);
	await expect(figure.locator('[data-citation="oscola"]')).toContainText(`<${url}> accessed`);
	await expect(figure.locator('[data-citation="bluebook"]')).toContainText(
		'(data as of Apr. 9, 2025)'
	);
});
