import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { copSessions, events, participants } from './dataFiles';
import { readFileSync } from 'node:fs';

const view = (page: Page, name: string) => page.locator(`[data-view="${name}"]`);
const copRows = (page: Page) =>
	view(page, 'cop-sessions').locator('tbody tr[data-cop-session]:not([hidden])');
const eventRows = (page: Page) =>
	view(page, 'events').locator('tbody tr[data-event-id]:not([hidden])');

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
}

const overlaps = (from: string, to: string, a: string, b: string) => a <= to && b >= from;

test('brushing the overview strip narrows the COP sessions and the events table to the window', async ({
	page
}) => {
	await open(page);
	await expect(copRows(page)).toHaveCount(copSessions.length);
	const strip = page.locator('[data-view="timeline"] .overview svg');
	await strip.scrollIntoViewIfNeeded();
	const box = (await strip.boundingBox())!;
	// The strip spans 1975-01-01 to 2025-01-01: brush from early 2007 to mid 2013.
	const at = (year: number) => box.x + ((year - 1975) / 50) * box.width;
	await page.mouse.move(at(2007.1), box.y + box.height / 3);
	await page.mouse.down();
	await page.mouse.move(at(2013.4), box.y + box.height / 3, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2007.*&to=2013/);
	const params = new URL(page.url()).searchParams;
	const { spanStart, spanEnd } = await import('../../src/lib/data/calendarDate');
	const from = spanStart(params.get('from') ?? '');
	const to = spanEnd(params.get('to') ?? '');
	const sessions = copSessions.filter((s) => overlaps(from, to, s.startDate, s.endDate));
	expect(sessions.map((s) => s.session)).toEqual([4, 5, 6]);
	await expect(copRows(page)).toHaveCount(sessions.length);
	const inWindow = events.filter((e) =>
		overlaps(from, to, spanStart(e.date), spanEnd(e.endDate ?? e.date))
	);
	await expect(eventRows(page)).toHaveCount(inWindow.length);
	await expect(page.locator('[data-filter-summary]')).toContainText(
		`${inWindow.length} of ${events.length} events, ${sessions.length} sessions`
	);
});

test('a window change hides and shows the rows it keeps: the same rows come back, hidden ones are out of reach', async ({
	page
}) => {
	await open(page, '?from=2007-01-01&to=2013-06-30');
	const all = view(page, 'events').locator('tbody tr[data-event-id]');
	await expect(all).toHaveCount(events.length);
	const shown = await eventRows(page).count();
	expect(shown).toBeLessThan(events.length);
	// Hidden rows are neither on screen nor rows to assistive technology.
	const table = page.getByRole('table', { name: /events/i });
	await expect(table.locator('tbody').getByRole('row')).toHaveCount(shown);
	const hidden = all.and(page.locator('[hidden]')).first();
	await expect(hidden).toBeHidden();
	// Each row element is tagged; clearing the window shows every row, the tagged ones among them.
	await all.evaluateAll((rows) => rows.forEach((r) => ((r as HTMLElement).dataset.tag = 'kept')));
	await page.getByRole('button', { name: 'Show 1975–2024' }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect(eventRows(page)).toHaveCount(events.length);
	await expect(view(page, 'events').locator('tbody tr[data-tag="kept"]')).toHaveCount(
		events.length
	);
	await expect(table.locator('tbody').getByRole('row')).toHaveCount(events.length);
	// The COP sessions table keeps its rows the same way.
	await expect(copRows(page)).toHaveCount(copSessions.length);
});

test('on a phone, the events kept hidden stay hidden in the card layout', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '?categories=cop');
	const cop = events.filter((e) => e.category === 'cop');
	const hidden = view(page, 'events').locator('tbody tr[hidden]');
	await expect(hidden).toHaveCount(events.length - cop.length);
	expect(
		await hidden.evaluateAll(
			(rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length
		)
	).toBe(0);
	await expect(eventRows(page).first()).toBeVisible();
});

test('a regional-group filter reaches the participants table', async ({ page }) => {
	await open(page);
	await page.locator('summary', { hasText: 'Regional groups' }).click();
	for (const name of [
		'Asia-Pacific Group',
		'Eastern European Group',
		'Latin American and Caribbean Group',
		'Western European and Others Group'
	]) {
		await page.getByRole('checkbox', { name }).uncheck();
	}
	await expect(page).toHaveURL(/groups=AFR/);
	await page.getByRole('tab', { name: /Participants/ }).click();
	const african = participants.filter((p) => p.un_regional_group === 'AFR');
	expect(african.length).toBe(54);
	await expect(view(page, 'participants').locator('tbody tr')).toHaveCount(african.length);
	// COP sessions follow too: only those whose presiding group is known to be African.
	await expect(copRows(page)).toHaveCount(
		copSessions.filter((s) => s.presidingGroup === 'AFR').length
	);
	await expect(page.locator('[data-filter-summary]')).toContainText('African Group');
});

test('a search hit in a COP president’s name highlights that session', async ({ page }) => {
	await open(page);
	await page.getByLabel('Search events').fill('Garcia');
	await expect(page).toHaveURL(/q=Garcia/);
	await expect(copRows(page)).toHaveCount(1);
	const row = view(page, 'cop-sessions').locator('tr[data-cop-session="1"]');
	await expect(row.locator('mark')).toHaveText('Garcia');
	// The president's name and country read as words apart: "Name (Country)".
	const first = copSessions.find((s) => s.session === 1)!.presidents[0]!;
	await expect(row.locator('.president').first()).toHaveText(`${first.name} (${first.country})`);
});

test('selecting a session highlights it on the timeline and the chart and opens its details', async ({
	page
}) => {
	await open(page, '?from=2003&to=2010');
	await view(page, 'cop-sessions').getByRole('button', { name: 'COP 4', exact: true }).click();
	await expect(page).toHaveURL(/event=cop-4.*cop=4|cop=4.*event=cop-4/);
	await expect(page.locator('[data-details-event]')).toHaveAttribute('data-details-event', 'cop-4');
	await expect(
		view(page, 'timeline').locator('g.event.selected[data-event-id="cop-4"]')
	).toHaveCount(1);
	await expect(view(page, 'ratifications').locator('[data-cop-tick="4"] path')).toHaveAttribute(
		'fill',
		'#c2410c'
	);
});

test('hovering a session points at it in the other views', async ({ page }) => {
	await open(page, '?from=2003&to=2010');
	await view(page, 'cop-sessions').locator('tr[data-cop-session="3"]').hover();
	await expect(view(page, 'ratifications').locator('[data-readout]')).toHaveAttribute(
		'data-date',
		'2006-10-09'
	);
	await expect(
		view(page, 'timeline').locator('g.event[data-event-id="cop-3"] rect.ring')
	).toHaveCount(1);
	await expect(view(page, 'ratifications').locator('[data-cop-tick="3"] path')).toHaveAttribute(
		'fill',
		'#c2410c'
	);
});

const everything =
	'from=1999&to=2006&categories=cop,general-assembly,negotiation&instruments=UNTOC,FIR&q=ital&event=cop-2&measure=in-force&asof=2005-12-31&party=ITA&groups=WEOG,EEG&cop=2&joined=window&status=signed&statusfor=TIP';

test('a shared URL with every kind of filter restores every view', async ({ page }) => {
	await open(page, `?${everything}`);
	await expect(page.locator('[data-query-notice]')).toHaveCount(0);
	await expect(page.getByLabel('Search events')).toHaveValue('ital');
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('1 January 1999');
	await expect(view(page, 'timeline').locator('.window')).toHaveText(
		'1 January 1999 – 31 December 2006'
	);
	await expect(page.locator('[data-details-event]')).toHaveAttribute('data-details-event', 'cop-2');
	await expect(page.locator('[data-party-card="ITA"]')).toBeVisible();
	await expect(view(page, 'ratifications').getByRole('radio', { name: 'In force' })).toBeChecked();
	await expect(view(page, 'ratifications').locator('[data-readout]')).toHaveAttribute(
		'data-date',
		'2005-12-31'
	);
	await expect(view(page, 'ratifications').locator('[data-readout] [data-instrument]')).toHaveCount(
		2
	);
	// Only sessions in the window, with a known WEOG or EEG presiding group: none (COP 12 is out of it).
	await expect(copRows(page)).toHaveCount(0);
	await page.getByRole('tab', { name: /Participants/ }).click();
	// Names matching "ital", in WEOG or EEG, that joined UNTOC or FIR in 1999–2006: Italy (UNTOC, 2006).
	const rows = view(page, 'participants').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toHaveAttribute('data-party', 'ITA');
	await expect(page.getByRole('checkbox', { name: /joined within the time window/ })).toBeChecked();
	await expect(page.locator('[data-status-filter]')).toHaveValue('signed');
	expect(new URL(page.url()).search).toBe(`?${everything}`);
	await page.reload();
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	expect(new URL(page.url()).search).toBe(`?${everything}`);
	await expect(page.locator('[data-party-card="ITA"]')).toBeVisible();
});

test('axe-core finds no violations on the linked dashboard with filters and selections', async ({
	page
}) => {
	test.setTimeout(120_000); // axe walks every node of a page with a 198-row table
	await open(page, '?from=2003&to=2010&cop=4&event=cop-4&groups=AFR,WEOG');
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

test('Italy’s card gives its path and, apart, its status on the as-of date, and links the four UN Treaty Collection records', async ({
	page
}) => {
	const instruments = JSON.parse(
		readFileSync(new URL('../../data/instruments.json', import.meta.url), 'utf8')
	) as { id: string; untcStatusUrl: string }[];
	await open(page, '?party=ITA&asof=2005-03-04');
	const card = page.locator('[data-party-card="ITA"]');
	// Italy signed the Convention on 12 December 2000: on 4 March 2005 it is a signatory, not "signed on" then.
	const untoc = card.locator('[data-instrument="UNTOC"]');
	await expect(untoc).toContainText('Signed 12 December 2000');
	await expect(untoc.locator('.status')).toHaveText(
		'On 4 March 2005: a signatory, not yet a Party'
	);
	for (const i of instruments) {
		await expect(card.locator(`[data-instrument="${i.id}"] a[data-untc]`)).toHaveAttribute(
			'href',
			i.untcStatusUrl
		);
	}
	await expect(card.locator('a[data-untc]')).toHaveCount(4);
});
