// What a newcomer asks, answered the way they ask it: States by the names people use, the plain
// "Party" status kept in the address, Back that walks each action, and dates written as the app writes
// them whatever the browser's locale. Expected values come from data/ on disk.
import { expect, test, type Page } from '@playwright/test';
import { participants, treatyActions } from './dataFiles';

const view = (page: Page, name: string) => page.locator(`[data-view="${name}"]`);

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
}

for (const [q, iso3] of [
	['Turkey', 'TUR'],
	['USA', 'USA'],
	['GBR', 'GBR'],
	['Ivory Coast', 'CIV'],
	['Czech Republic', 'CZE']
] as const) {
	test(`searching "${q}" finds ${iso3} in the participants table, first`, async ({ page }) => {
		const state = participants.find((p) => p.iso3 === iso3);
		expect(state).toBeDefined();
		await open(page);
		await page.getByLabel('Search events').fill(q);
		await page.getByLabel('Search events').press('Enter');
		await page.getByRole('tab', { name: /Participants/ }).click();
		const rows = view(page, 'participants').locator('tbody tr[data-party]');
		await expect(rows.first()).toHaveAttribute('data-party', iso3);
		await expect(rows.first()).toContainText(state!.name ?? '');
		await expect(view(page, 'participants').locator('caption')).toContainText('best match');
	});
}

test('the status filter offers "Party"; choosing it writes the URL and a reload restores it', async ({
	page
}) => {
	const asOf = '2010-01-01';
	// Parties on the date, from the CSV: consent dated on or before it, or an undated window begun by it.
	const expected = new Set(
		treatyActions
			.filter((a) => a.instrument === 'UNTOC')
			.filter(
				(a) =>
					(a.consent_date && a.consent_date <= asOf) ||
					(!a.consent_date && a.date_earliest && a.date_earliest <= asOf)
			)
			.map((a) => a.participant)
	);
	await open(page, `?asof=${asOf}`);
	await page.getByRole('tab', { name: /Participants/ }).click();
	const status = page.locator('[data-status-filter]');
	await expect(status.locator('option', { hasText: /^Party \(in force or not\)$/ })).toHaveCount(1);
	await status.selectOption('party');
	await expect(page).toHaveURL(/[?&]status=party(&|$)/);
	const rows = view(page, 'participants').locator('tbody tr[data-party]');
	await expect(rows).toHaveCount(expected.size);
	await page.reload();
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.getByRole('tab', { name: /Participants/ }).click();
	await expect(page.locator('[data-status-filter]')).toHaveValue('party');
	await expect(rows).toHaveCount(expected.size);
	const shown = new Set(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-party'))));
	expect(shown).toEqual(expected);
});

test('a cell gives the status on the as-of date and marks the steps after it as later', async ({
	page
}) => {
	// Angola signed the Convention on 13 December 2000 and ratified it on 1 April 2013.
	await open(page, '?asof=2010-01-01&q=Angola');
	await page.getByRole('tab', { name: /Participants/ }).click();
	const cell = view(page, 'participants').locator(
		'tr[data-party="AGO"] td[data-instrument="UNTOC"]'
	);
	await expect(cell).toHaveAttribute('data-status', 'signed');
	await expect(cell.locator('.step:not(.later)')).toHaveText(['Signed 13 December 2000']);
	await expect(cell.locator('.step.later').first()).toHaveText(/^Ratified 1 April 2013\s*later$/);
});

test('three quick actions are three history entries, and Back walks them in order', async ({
	page
}) => {
	await open(page);
	const search = page.getByLabel('Search events');
	await search.fill('conference');
	await search.press('Enter');
	await expect(page).toHaveURL(/\?q=conference$/);
	await page.waitForTimeout(500);
	await page.locator('summary', { hasText: 'Instruments' }).click();
	await page.getByRole('checkbox', { name: 'Firearms Protocol' }).uncheck();
	await expect(page).toHaveURL(/instruments=/);
	const afterInstrument = new URL(page.url()).search;
	await page.waitForTimeout(500);
	const first = view(page, 'timeline').locator('g.event[data-event-id]').first();
	const id = await first.getAttribute('data-event-id');
	await first.click();
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.goBack();
	await expect.poll(() => new URL(page.url()).search).toBe(afterInstrument);
	await page.goBack();
	await expect.poll(() => new URL(page.url()).search).toBe('?q=conference');
	await expect(search).toHaveValue('conference');
	await page.goBack();
	await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('typing a search makes one history entry, not one per key', async ({ page }) => {
	await open(page);
	const search = page.getByLabel('Search events');
	await search.pressSequentially('vienna', { delay: 30 });
	await expect(page).toHaveURL(/\?q=vienna$/);
	await page.goBack();
	await expect.poll(() => new URL(page.url()).search).toBe('');
});

test.describe('in an en-US browser', () => {
	test.use({ locale: 'en-US' });
	test('the date fields write and read dates as the app does, and ISO typed in works too', async ({
		page
	}) => {
		await open(page);
		const from = page.getByLabel('From', { exact: true });
		await expect(from).toHaveValue('1 January 1975');
		await from.fill('1 March 1998');
		await from.press('Enter');
		await expect(page).toHaveURL(/from=1998-03(&|$)/);
		await expect(from).toHaveValue('1 March 1998');
		const to = page.getByLabel('To', { exact: true });
		await to.fill('2004-06-30');
		await to.press('Enter');
		await expect(page).toHaveURL(/to=2004-06(&|$)/);
		await expect(to).toHaveValue('30 June 2004');
		// Day and month in numbers alone are refused: 03/04 is a different day in different countries.
		await to.fill('03/04/2003');
		await to.press('Enter');
		await expect(page.getByRole('alert')).toContainText('month as a word');
		await expect(page).toHaveURL(/to=2004-06(&|$)/);
		await expect(page.getByRole('button', { name: 'To: choose on a calendar' })).toBeVisible();
		const asOf = page.getByLabel('Date', { exact: true });
		await asOf.fill('4 March 2005');
		await asOf.press('Enter');
		await expect(page).toHaveURL(/asof=2005-03-04/);
	});
});

test("the calendar button's date input is made when the button is pointed at or focused, and a day chosen there is applied", async ({
	page
}) => {
	await open(page);
	const box = page.locator('.date-field', { has: page.getByLabel('From', { exact: true }) });
	const picker = box.locator('input[type="date"]');
	// None is made with the page: the first costs the timeline's first draw 10–20 ms.
	await expect(page.locator('input[type="date"]')).toHaveCount(0);
	const button = page.getByRole('button', { name: 'From: choose on a calendar' });
	await button.hover();
	await expect(picker).toHaveCount(1);
	await expect(picker).toHaveAttribute('min', '1975-01-01');
	await expect(picker).toHaveValue('1975-01-01');
	// As the browser's picker sets it: the day is applied, and the text field shows it.
	await picker.fill('1999-07-15');
	await expect(page).toHaveURL(/from=1999-07-15(&|$)/);
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('15 July 1999');
	// From the keyboard: Tab to the To field's button makes its input too.
	const toBox = page.locator('.date-field', { has: page.getByLabel('To', { exact: true }) });
	await expect(toBox.locator('input[type="date"]')).toHaveCount(0);
	await page.getByLabel('To', { exact: true }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'To: choose on a calendar' })).toBeFocused();
	await expect(toBox.locator('input[type="date"]')).toHaveCount(1);
	// A click that comes with neither (assistive technology's) makes it then.
	const asOf = page.getByRole('group', { name: 'Status as of' });
	await expect(asOf.locator('input[type="date"]')).toHaveCount(0);
	await asOf.getByRole('button', { name: 'Date: choose on a calendar' }).dispatchEvent('click');
	await expect(asOf.locator('input[type="date"]')).toHaveCount(1);
});

test('"only" in the regional groups menu picks that group alone, and "All" brings every group back', async ({
	page
}) => {
	await open(page);
	await page.locator('summary', { hasText: 'Regional groups' }).click();
	await page.getByRole('button', { name: 'Only African Group' }).click();
	await expect(page).toHaveURL(/groups=AFR(&|$)/);
	await page
		.getByRole('group', { name: 'UN regional groups' })
		.getByRole('button', { name: 'All', exact: true })
		.click();
	await expect(page).not.toHaveURL(/groups=/);
});
