import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { treatyActions } from './dataFiles';
import { expectMultiplesFit } from './multiples';

const chart = (page: Page) => page.locator('[data-view="ratifications"]');
const readout = (page: Page, id: string) =>
	chart(page).locator(`[data-readout] [data-instrument="${id}"]`);

/** Parties to an instrument on a date, straight from the CSV: a deposit on or before it, or an
 * undated Party whose whole window has passed. */
const partiesOn = (id: string, date: string) =>
	treatyActions.filter(
		(a) =>
			a.instrument === id &&
			((a.consent_date && a.consent_date <= date) ||
				(!a.consent_date && a.date_latest && a.date_latest <= date))
	).length;
const signatoriesOn = (id: string, date: string) =>
	treatyActions.filter((a) => a.instrument === id && a.signature_date && a.signature_date <= date)
		.length;

async function showParticipants(page: Page) {
	await page.getByRole('tab', { name: /Participants/ }).click();
	await expect(page.locator('[data-view="participants"]')).toBeVisible();
}

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await chart(page).scrollIntoViewIfNeeded();
}

test('the readout on 4 March 2005 shows the number of Convention Parties in the data', async ({
	page
}) => {
	await open(page, '?asof=2005-03-04');
	const expected = partiesOn('UNTOC', '2005-03-04');
	expect(expected).toBe(100);
	await expect(chart(page).locator('[data-readout]')).toHaveAttribute('data-date', '2005-03-04');
	await expect(readout(page, 'UNTOC')).toHaveAttribute('data-count', String(expected));
	for (const id of ['TIP', 'SOM', 'FIR']) {
		await expect(readout(page, id)).toHaveAttribute(
			'data-count',
			String(partiesOn(id, '2005-03-04'))
		);
	}
});

test('switching the measure redraws the lines and the readout', async ({ page }) => {
	await open(page, '?asof=2005-03-04');
	const line = chart(page).locator('path[data-series="UNTOC"]').first();
	const before = await line.getAttribute('d');
	await chart(page).getByRole('radio', { name: 'Signatories' }).check();
	await expect(page).toHaveURL(/measure=signatories/);
	await expect(readout(page, 'UNTOC')).toHaveAttribute(
		'data-count',
		String(signatoriesOn('UNTOC', '2005-03-04'))
	);
	expect(await line.getAttribute('d')).not.toBe(before);
	await chart(page).getByRole('radio', { name: 'In force' }).check();
	await expect(page).toHaveURL(/measure=in-force/);
	// On 4 March 2005 the Parties that deposited in the 30 days before are not yet bound.
	const inForce = Number(await readout(page, 'UNTOC').getAttribute('data-count'));
	expect(inForce).toBeLessThan(100);
	expect(inForce).toBeGreaterThan(90);
});

test('the arrow keys step the crosshair from one change to the next', async ({ page }) => {
	await open(page);
	const plot = chart(page).getByRole('application');
	await plot.focus();
	await page.keyboard.press('Home');
	const first = await chart(page).locator('[data-readout]').getAttribute('data-date');
	expect(first).toBe('2000-12-12'); // the Convention opened for signature in Palermo
	await expect(readout(page, 'UNTOC')).toHaveAttribute('data-count', '0');
	await page.keyboard.press('ArrowRight');
	const second = await chart(page).locator('[data-readout]').getAttribute('data-date');
	expect(second! > first!).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`asof=${second}`));
});

test('choosing a participant marks its actions on the chart and the timeline and shows its card', async ({
	page
}) => {
	await open(page);
	await showParticipants(page);
	const row = page.locator('[data-view="participants"] tr[data-party="ITA"]');
	await row.getByRole('button', { name: 'Italy' }).click();
	await expect(page).toHaveURL(/party=ITA/);
	const italy = treatyActions.filter((a) => a.participant === 'ITA');
	const steps =
		italy.filter((a) => a.signature_date).length + italy.filter((a) => a.consent_date).length;
	expect(steps).toBe(8);
	await expect(chart(page).locator('[data-party-mark]')).toHaveCount(steps);
	await expect(chart(page).locator('[data-party-mark="UNTOC deposit"]')).toHaveCount(1);
	await expect(page.locator('[data-party-card="ITA"]')).toContainText('Ratified 2 August 2006');
	await page.goto('/?party=ITA&from=2000&to=2007');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await expect(page.locator('[data-view="timeline"] [data-party-mark]')).toHaveCount(steps);
});

test('the as-of control changes the statuses in the participants table', async ({ page }) => {
	await open(page);
	await page.getByRole('tab', { name: /Participants/ }).click();
	const cell = page.locator(
		'[data-view="participants"] tr[data-party="ITA"] td[data-instrument="UNTOC"]'
	);
	await expect(cell).toHaveAttribute('data-status', 'in-force');
	const date = page
		.getByRole('group', { name: 'Status as of' })
		.getByLabel('Date', { exact: true });
	await date.fill('2003-01-01');
	await date.press('Enter');
	await expect(page).toHaveURL(/asof=2003-01-01/);
	await expect(cell).toHaveAttribute('data-status', 'signed');
	await date.fill('2006-08-15');
	await date.press('Enter');
	await expect(cell).toHaveAttribute('data-status', 'deposited');
	await expect(readout(page, 'UNTOC')).toHaveAttribute(
		'data-count',
		String(partiesOn('UNTOC', '2006-08-15'))
	);
});

test('axe-core finds no violations in the chart and the participants table', async ({ page }) => {
	await open(page, '?party=ITA');
	test.setTimeout(120_000); // axe walks every node of a page with a 198-row table
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

test('clicking the chart sets the as-of date, and dragging along its axis strip sets the time window', async ({
	page
}) => {
	await open(page);
	const plot = chart(page).getByRole('application');
	const box = (await plot.boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.5);
	await expect(page).toHaveURL(/asof=20(0|1)\d-\d\d-\d\d/);
	const asof = new URL(page.url()).searchParams.get('asof');
	// Off the chart, the readout shows the as-of date.
	await page.mouse.move(1, 1);
	await expect(chart(page).locator('[data-readout]')).toHaveAttribute('data-date', asof ?? '');
	const strip = chart(page).locator('.strip');
	const s = (await strip.boundingBox())!;
	await page.mouse.move(s.x + s.width * 0.2, s.y + s.height / 2);
	await page.mouse.down();
	await page.mouse.move(s.x + s.width * 0.5, s.y + s.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=200\d.*&to=20(0|1)\d/);
	const params = new URL(page.url()).searchParams;
	// The timeline follows the window, and so does the chart's own axis.
	await expect(page.locator('[data-view="timeline"] .window')).not.toHaveText(/1975/);
	expect(
		Number(params.get('to')?.slice(0, 4)) - Number(params.get('from')?.slice(0, 4))
	).toBeLessThan(10);
});

test('zoomed to a window, the chart labels each line with its count at the window’s end', async ({
	page
}) => {
	await open(page, '?from=2001&to=2005-04&instruments=FIR');
	const expected = partiesOn('FIR', '2005-04-30');
	expect(expected).toBeGreaterThanOrEqual(40);
	await expect(chart(page).locator('.end-labels text')).toHaveText(
		`Firearms · ${expected} Parties`
	);
	// The line is clipped to the plot, so nothing after the window is drawn over the page.
	await expect(chart(page).locator('g[clip-path] path[data-series="FIR"]')).toHaveCount(1);
});

test('the regional groups’ small multiples fit their count and end labels at 1440, their time axes in line', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await open(page);
	expect(await expectMultiplesFit(page)).toBeGreaterThan(0);
});
