// The world map: who is coloured a Party is checked State by State against data/treaty-actions.csv
// read here from disk, not against the app's own engine; small States are dots that can be seen and
// clicked; the map is linked to the other views (selection, hover, groups, the as-of date), has a
// keyboard path and accessible names, and exports a standalone SVG that resvg draws as Chromium does.
import AxeBuilder from '@axe-core/playwright';
import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { parseCsv } from '../../src/lib/data/csv';
import { participants, treatyActions } from './dataFiles';

const map = (page: Page) => page.locator('[data-view="map"]');

async function openMap(page: Page, query = '') {
	await page.goto(`/${query}`);
	await map(page).scrollIntoViewIfNeeded();
	await expect(page.locator('[data-view="map"][data-ready]')).toBeVisible();
}

/** The States that are Parties on a date (consent deposited by then, or an undated Party whose whole
 * window has passed), read from the CSV files. */
function partiesFromCsv(instrument: string, date: string): string[] {
	const states = new Set(participants.filter((p) => p.kind === 'state').map((p) => p.iso3));
	return treatyActions
		.filter((a) => a.instrument === instrument && states.has(a.participant ?? ''))
		.filter((a) =>
			a.consent_date ? a.consent_date <= date : !!a.date_latest && a.date_latest <= date
		)
		.map((a) => a.participant!)
		.sort();
}

/** The States the map colours as Parties (not yet in force, or in force), each State once. */
async function partiesOnMap(page: Page): Promise<string[]> {
	const ids = await map(page)
		.locator('[data-iso3][data-status="deposited"], [data-iso3][data-status="in-force"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')!));
	return [...new Set(ids)].sort();
}

for (const [instrument, date, param] of [
	['UNTOC', '2003-09-29', ''],
	['TIP', '2010-12-31', 'TIP'],
	['FIR', '2024-12-31', 'FIR']
] as const) {
	test(`the ${instrument} map on ${date} colours as Parties exactly the States the treaty actions make Parties`, async ({
		page
	}) => {
		await openMap(page, `?asof=${date}${param ? `&map=${param}` : ''}`);
		await expect(map(page)).toHaveAttribute('data-instrument', instrument);
		await expect(map(page)).toHaveAttribute('data-date', date);
		const expected = partiesFromCsv(instrument, date);
		expect(expected.length).toBeGreaterThan(30);
		expect(await partiesOnMap(page)).toEqual(expected);
		// The legend counts the same States.
		const count = async (s: string) =>
			Number(await map(page).locator(`[data-legend-status="${s}"]`).getAttribute('data-count'));
		expect((await count('in-force')) + (await count('deposited'))).toBe(expected.length);
		const all = await Promise.all(
			['in-force', 'deposited', 'unknown', 'signed', 'not-signatory'].map(count)
		);
		expect(all.reduce((a, b) => a + b, 0)).toBe(197);
	});
}

test('every State is on the map with a status, once as a button; the EU is noted beside it', async ({
	page
}) => {
	await openMap(page);
	const buttons = map(page).locator('[role="button"][data-iso3]');
	await expect(buttons).toHaveCount(197);
	const ids = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')));
	expect(new Set(ids).size).toBe(197);
	await expect(map(page).locator('[data-eu-note]')).toContainText(
		'European Union (a Party to some instruments, not a State, so not on the map): Party, in force since'
	);
	await expect(map(page)).toContainText(
		'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.'
	);
});

test('Nauru, Tuvalu, Monaco and San Marino are dots at least 4 px across, each selected by a click', async ({
	page
}) => {
	await openMap(page);
	for (const iso3 of ['NRU', 'TUV', 'MCO', 'SMR']) {
		const dot = map(page).locator(`circle[data-iso3="${iso3}"]`);
		// The card of the last one opened beside the map, which redrew it narrower.
		await dot.scrollIntoViewIfNeeded();
		const box = (await dot.boundingBox())!;
		expect(box.width, iso3).toBeGreaterThanOrEqual(4);
		expect(box.height, iso3).toBeGreaterThanOrEqual(4);
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		// Nothing lies over the dot's centre: a click there is a click on it.
		const hit = await page.evaluate(
			([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('data-iso3'),
			[x, y]
		);
		expect(hit, iso3).toBe(iso3);
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(new RegExp(`party=${iso3}`));
		await expect(page.locator(`[data-party-card="${iso3}"]`)).toBeVisible();
	}
});

test('clicking Italy sets party=ITA, opens its card, marks its steps on the chart and outlines it', async ({
	page
}) => {
	await openMap(page);
	const italy = map(page).locator('path[data-iso3="ITA"]');
	await expect(italy).toHaveAttribute(
		'aria-label',
		'Italy: Party, in force since 1 September 2006'
	);
	// A point inside Italy that no dot covers (the Holy See and San Marino sit on it).
	const inside = async () => {
		await italy.scrollIntoViewIfNeeded();
		return italy.evaluate((el) => {
			const r = el.getBoundingClientRect();
			for (let fy = 0.5; fy < 1; fy += 0.05)
				for (let fx = 0.2; fx < 0.9; fx += 0.05) {
					const [x, y] = [r.left + fx * r.width, r.top + fy * r.height];
					if (document.elementFromPoint(x, y) === el) return [x, y] as const;
				}
			return null;
		});
	};
	const point = await inside();
	expect(point).not.toBeNull();
	await page.mouse.click(point![0], point![1]);
	await expect(page).toHaveURL(/party=ITA/);
	await expect(page.locator('[data-party-card="ITA"]')).toBeVisible();
	await expect(italy).toHaveAttribute('aria-pressed', 'true');
	await expect(map(page).locator('[data-mark="selected"]').first()).toBeAttached();
	await expect(
		page.locator('[data-view="ratifications"] [data-party-mark]').first()
	).toBeAttached();
	// Clicking it again (where it is now the card has opened beside the map) clears the selection.
	const again = await inside();
	await page.mouse.click(again![0], again![1]);
	await expect(page).not.toHaveURL(/party=/);
});

test('pointing at a State marks its steps on the chart; pointing at a table row outlines it on the map', async ({
	page
}) => {
	await openMap(page);
	const chartMarks = page.locator('[data-view="ratifications"] [data-party-mark]');
	await expect(chartMarks).toHaveCount(0);
	await map(page).locator('path[data-iso3="BRA"]').hover();
	await expect(chartMarks.first()).toBeAttached();
	await expect(map(page).locator('.tip')).toContainText('Brazil');
	await page.mouse.move(1, 1);
	await expect(chartMarks).toHaveCount(0);

	await page.getByRole('tab', { name: /Participants/ }).click();
	await page.locator('[data-view="participants"] tr[data-party="KEN"]').hover();
	await expect(map(page).locator('[data-mark="hovered"]')).toHaveCount(1);
	const d = await map(page).locator('[data-mark="hovered"]').getAttribute('d');
	expect(d).toBe(await map(page).locator('path[data-iso3="KEN"]').getAttribute('d'));
});

test('the instrument is chosen on the map and kept in the URL; the regional groups dim the other States', async ({
	page
}) => {
	await openMap(page, '?groups=AFR&asof=2004-12-31');
	await map(page).getByLabel('Smuggling of Migrants Protocol').check();
	await expect(page).toHaveURL(/map=SOM/);
	await expect(map(page)).toHaveAttribute('data-instrument', 'SOM');
	expect(await partiesOnMap(page)).toEqual(partiesFromCsv('SOM', '2004-12-31'));
	await expect(map(page).locator('path[data-iso3="ITA"]')).toHaveAttribute('opacity', '0.25');
	expect(await map(page).locator('path[data-iso3="NGA"]').getAttribute('opacity')).toBeNull();
	await map(page).getByLabel('Convention').check();
	await expect(page).not.toHaveURL(/map=/);
});

test('the keyboard walks the map by direction and selects with Enter', async ({ page }) => {
	await openMap(page, '?party=ITA');
	// The selected State is the map's tab stop.
	const italy = map(page).locator('[data-iso3="ITA"][role="button"]');
	await expect(italy).toHaveAttribute('tabindex', '0');
	await italy.focus();
	await expect(map(page).locator('[data-mark="focused"]').first()).toBeAttached();
	await page.keyboard.press('ArrowLeft');
	const west = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
	expect(west).toBeTruthy();
	expect(west).not.toBe('ITA');
	// The State reached lies to the west of Italy.
	const cx = async (id: string) => {
		const b = (await map(page).locator(`[data-iso3="${id}"][role="button"]`).boundingBox())!;
		return b.x + b.width / 2;
	};
	expect(await cx(west!)).toBeLessThan(await cx('ITA'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`party=${west}`));
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/party=/);
});

test('the year steps and the play button move the map and every view; no play button under reduced motion', async ({
	page
}) => {
	test.setTimeout(120_000); // the play button rests on each of 25 years
	await openMap(page, '?asof=2010-12-31');
	await map(page).getByRole('button', { name: 'Next: 31 December 2011' }).click();
	await expect(page).toHaveURL(/asof=2011-12-31/);
	await expect(map(page)).toHaveAttribute('data-date', '2011-12-31');
	await expect(page.locator('[data-readout]')).toHaveAttribute('data-date', '2011-12-31');
	await map(page).getByRole('button', { name: 'Previous: 31 December 2010' }).click();
	await expect(map(page)).toHaveAttribute('data-date', '2010-12-31');

	// Play starts at 2000 whatever the date, and steps a year at a time to 2024.
	await map(page).getByRole('button', { name: 'Play 2000–2024' }).click();
	await expect(map(page)).toHaveAttribute('data-date', '2000-12-31');
	await expect(map(page)).toHaveAttribute('data-date', '2001-12-31');
	await expect(map(page)).toHaveAttribute('data-date', '2024-12-31', { timeout: 40_000 });
	await expect(map(page).getByRole('button', { name: 'Play 2000–2024' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openMap(page);
	await expect(map(page).locator('[data-map-play]')).toHaveCount(0);
	await expect(map(page).getByRole('button', { name: /^Previous/ })).toBeVisible();
});

test('axe-core finds no violations with the map drawn and a State selected', async ({ page }) => {
	test.setTimeout(120_000); // axe walks every node of a page with a 198-row table
	await openMap(page, '?party=ITA&map=TIP&asof=2015-06-30');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('the map exports a standalone SVG that resvg draws as Chromium does, and a CSV of every State', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openMap(page, '?map=TIP&asof=2015-06-30');
	const figure = map(page);
	const download = async (name: string) => {
		await figure.locator('summary', { hasText: 'Export' }).click();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			figure.getByRole('button', { name, exact: true }).click()
		]);
		await figure.locator('summary', { hasText: 'Export' }).click();
		return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
	};
	const { name, text: svg } = await download('Download SVG');
	expect(name).toMatch(/^untoc-map-.*\.svg$/);
	expect(XMLValidator.validate(svg)).toBe(true);
	for (const bad of [/<script/i, /<foreignObject/i, /\sclass=/, /\sstyle=/, /var\(--/, /<image/i])
		expect(svg).not.toMatch(bad);
	for (const m of svg.matchAll(/(?:xlink:)?href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
	expect(svg).not.toMatch(/url\(/);
	for (const text of [
		'Who was bound by the Trafficking in Persons Protocol: every State on 30 June 2015',
		'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
		'Natural Earth',
		'European Union',
		'Sources:',
		'Data as of 9 April 2025',
		'Cite: UNTOC Timeline contributors'
	])
		expect(svg).toContain(text);
	const inForce = await figure
		.locator('[data-legend-status="in-force"]')
		.getAttribute('data-count');
	expect(svg).toContain(`In force (${inForce})`);
	// Every State's shape or dot is in the file, with no data attributes or roles left.
	expect(svg).not.toMatch(/data-iso3|role=|aria-/);
	expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(31);

	const resvg = PNG.sync.read(
		Buffer.from(
			new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } })
				.render()
				.asPng()
		)
	);
	const other = await page.context().newPage();
	await other.setViewportSize({ width: resvg.width, height: resvg.height });
	await other.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
	const shot = PNG.sync.read(
		await other.screenshot({ clip: { x: 0, y: 0, width: resvg.width, height: resvg.height } })
	);
	await other.close();
	const diff =
		pixelmatch(resvg.data, shot.data, undefined, resvg.width, resvg.height, { threshold: 0.2 }) /
		(resvg.width * resvg.height);
	console.log(`map: ${(diff * 100).toFixed(2)}% of pixels differ`);
	expect(diff).toBeLessThan(0.02);

	const csv = parseCsv((await download('Download CSV')).text);
	expect(csv.errors).toEqual([]);
	expect(csv.rows).toHaveLength(197);
	const parties = csv.rows
		.filter((r) => ['In force', 'Party, not yet in force'].includes(r.values.status ?? ''))
		.map((r) => r.values.iso3!)
		.sort();
	expect(parties).toEqual(partiesFromCsv('TIP', '2015-06-30'));
	expect(csv.rows.every((r) => (r.values.source ?? '').length > 0)).toBe(true);
	const nauru = csv.rows.find((r) => r.values.iso3 === 'NRU')!;
	expect(nauru.values.drawn_as).toMatch(/^dot at /);
	expect(nauru.values.source).toContain('Natural Earth');
});
