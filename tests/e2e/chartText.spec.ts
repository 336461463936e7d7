// The growth chart's words, checked in the browser: at two screen sizes and three time windows no two
// pieces of text overlap and no line runs through an end label; and the chart names each
// instrument's 40th counted instrument and its day, worked out here from data/treaty-actions.csv.
import { expect, test, type Page } from '@playwright/test';
import { participants, treatyActions } from './dataFiles';

const svg = (page: Page) => page.locator('[data-view="ratifications"] .plot svg').first();

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.locator('[data-view="ratifications"]').scrollIntoViewIfNeeded();
	await expect(svg(page).locator('[data-end-label]').first()).toBeVisible();
}

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
	text: string;
}

/** Every <text> of the chart's SVG (its box on the page), and samples of every line as drawn. */
function measure(page: Page) {
	return svg(page).evaluate((root: SVGSVGElement) => {
		const rect = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent ?? '' };
		};
		const texts = [...root.querySelectorAll('text')]
			.filter((t) => (t.textContent ?? '').trim() !== '')
			.map(rect);
		const ends = [...root.querySelectorAll('[data-end-label]')].map(rect);
		const points: { x: number; y: number }[] = [];
		for (const path of root.querySelectorAll<SVGPathElement>('path[data-series]')) {
			const m = path.getScreenCTM()!;
			const length = path.getTotalLength();
			for (let l = 0; l <= length; l += 2) {
				const p = path.getPointAtLength(l).matrixTransform(m);
				points.push({ x: p.x, y: p.y });
			}
		}
		return { texts, ends, points };
	});
}

const TOLERANCE = 1;
const overlap = (a: Rect, b: Rect) =>
	Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > TOLERANCE &&
	Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > TOLERANCE;

for (const [width, height] of [
	[1440, 900],
	[1920, 1080]
] as const) {
	for (const [name, query] of [
		['the full span', ''],
		['1998–2004', '?from=1998&to=2004'],
		['2010–2024', '?from=2010&to=2024'],
		['Parties in force', '?measure=in-force'],
		['signatories', '?measure=signatories']
	] as const) {
		test(`at ${width}×${height}, ${name}: no text on the chart overlaps, no line crosses an end label`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await open(page, query);
			const { texts, ends, points } = await measure(page);
			expect(ends.length).toBe(4);
			expect(points.length).toBeGreaterThan(100);
			const clashes: string[] = [];
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					if (overlap(texts[i]!, texts[j]!))
						clashes.push(`"${texts[i]!.text}" × "${texts[j]!.text}"`);
				}
			}
			expect(clashes).toEqual([]);
			const crossed = ends.filter((e) =>
				points.some(
					(p) =>
						p.x > e.x + TOLERANCE &&
						p.x < e.x + e.w - TOLERANCE &&
						p.y > e.y + TOLERANCE &&
						p.y < e.y + e.h - TOLERANCE
				)
			);
			expect(crossed.map((e) => e.text)).toEqual([]);
		});
	}
}

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);
const longDate = (iso: string) => {
	const [y, m, d] = iso.split('-');
	return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
};

test('the chart names each instrument’s 40th instrument, its State and its day, from the CSV', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page);
	// The EU's instrument does not add to its members' (each rule in instruments.json says so).
	const reio = new Set(participants.filter((p) => p.kind === 'reio').map((p) => p.iso3));
	const name = new Map(participants.map((p) => [p.iso3, p.name]));
	for (const id of ['UNTOC', 'TIP', 'SOM', 'FIR']) {
		const deposits = treatyActions
			.filter((a) => a.instrument === id && a.consent_date && !reio.has(a.participant!))
			.sort((a, b) =>
				a.consent_date! < b.consent_date! ? -1 : a.consent_date! > b.consent_date! ? 1 : 0
			);
		const day = deposits[39]!.consent_date!;
		const states = deposits
			.filter((a) => a.consent_date === day)
			.map((a) => name.get(a.participant!)!);
		const label = svg(page).locator(`[data-milestone="${id}"] text`);
		await expect(label).toHaveCount(1);
		// One line a tspan: read them as words, as a reader does.
		const text = await label.evaluate((t) =>
			[...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ')
		);
		expect(text).toContain('40th');
		expect(text).toContain(longDate(day));
		for (const s of states) expect(text).toContain(s);
	}
});

test('the crosshair snaps to a day on which a count changed, and the readout gives that day', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await open(page, '?from=2003&to=2005');
	const day = 86_400_000;
	const plus = (iso: string, n: number) =>
		new Date(Date.parse(`${iso}T00:00:00Z`) + n * day).toISOString().slice(0, 10);
	// A count changes on a signature, a deposit, or the day the instrument comes into force for a
	// Party (30 days after a later deposit, or the general entry into force).
	const changes = new Set<string>();
	for (const a of treatyActions) {
		if (a.signature_date) changes.add(a.signature_date);
		if (a.consent_date) {
			changes.add(a.consent_date);
			changes.add(plus(a.consent_date, 30));
		}
	}
	for (const d of ['2003-09-29', '2003-12-25', '2004-01-28', '2005-07-03']) changes.add(d);
	const plot = page.locator('[data-view="ratifications"]').getByRole('application');
	const box = (await plot.boundingBox())!;
	const readout = page.locator('[data-view="ratifications"] [data-readout]');
	const seen = new Set<string>();
	for (const f of [0.2, 0.37, 0.55, 0.71]) {
		await page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
		const date = (await readout.getAttribute('data-date'))!;
		expect(changes.has(date), `${date} is a change date`).toBe(true);
		seen.add(date);
	}
	expect(seen.size).toBeGreaterThan(1);
	// The keys step from that day to the next change.
	await plot.focus();
	const before = (await readout.getAttribute('data-date'))!;
	await page.keyboard.press('ArrowRight');
	const after = (await readout.getAttribute('data-date'))!;
	expect(after > before && changes.has(after)).toBe(true);
});

test('the milestones table names each instrument’s 40th Party and its day, from the CSV', async ({
	page
}) => {
	await open(page);
	const name = new Map(participants.map((p) => [p.iso3, p.name]));
	const table = page.locator('[data-table="milestones"]');
	await table.locator('summary').click();
	for (const id of ['UNTOC', 'TIP', 'SOM', 'FIR']) {
		// Every Party counts here, the EU included, in date order.
		const days = treatyActions
			.filter((a) => a.instrument === id && a.consent_date)
			.map((a) => a.consent_date!)
			.sort();
		const day = days[39]!;
		const cell = table.locator(`tr[data-instrument="${id}"] td[data-rank="40"]`);
		await expect(cell).toContainText(longDate(day));
		for (const a of treatyActions.filter((a) => a.instrument === id && a.consent_date === day))
			await expect(cell).toContainText(name.get(a.participant!)!);
		// The 150th: reached for some instruments, "not reached" for the others.
		const cell150 = table.locator(`tr[data-instrument="${id}"] td[data-rank="150"]`);
		await expect(cell150).toContainText(days.length >= 150 ? longDate(days[149]!) : 'not reached');
	}
});
