// Tours of one's own: a presenter builds a tour from two views of the app, finds it under Present after
// a reload, presents it, saves it as a file that data:check accepts, opens it back, and a bad file is
// refused by line and field with the stored tours unchanged. The editor reorders by keyboard and by
// drag, undoes a deletion, and reports (never drops) a store it cannot read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = 'untoc-timeline:tours';
const root = new URL('../../', import.meta.url).pathname;
const palermo = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')).find(
	(e: { id: string }) => e.id === 'palermo-signing-conference-2000'
) as { title: string; description: string };

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Opens the dialog, lets fill() complete it, adds the stop and waits for the confirmation. */
async function addStop(page: Page, fill: (dialog: ReturnType<Page['locator']>) => Promise<void>) {
	await page.getByRole('button', { name: 'Add this view to a tour' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add this view to a tour' });
	await expect(dialog).toBeVisible();
	await fill(dialog);
	await dialog.getByRole('button', { name: 'Add stop' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'Added as stop' })).toBeVisible();
}

/** Runs the real data check on a copy of data/ with the file added to data/tours. */
function dataCheck(name: string, text: string) {
	const dir = mkdtempSync(join(tmpdir(), 'untoc-e2e-tour-'));
	try {
		cpSync(join(root, 'data'), dir, { recursive: true });
		writeFileSync(join(dir, 'tours', name), text);
		const r = spawnSync('node', ['scripts/data-check.js', dir], { cwd: root, encoding: 'utf8' });
		return { status: r.status, out: `${r.stdout}${r.stderr}` };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function buildTour(page: Page) {
	// 1. A timeline window with a selected event: the dialog starts from the event.
	await page.goto('/?from=2000-09&to=2001-03&event=palermo-signing-conference-2000');
	await expect(page.locator('[data-view="timeline"][data-ready]')).toBeVisible();
	await addStop(page, async (dialog) => {
		await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(palermo.title);
		await expect(dialog.getByLabel('Narration')).toHaveValue(palermo.description);
		await expect(dialog.getByRole('radio', { name: 'The timeline' })).toBeChecked();
		await expect(dialog.locator('[data-stop-query]')).toHaveText(
			'from=2000-09&to=2001-03&event=palermo-signing-conference-2000'
		);
		await expect(dialog.getByLabel('Add it to')).toHaveValue('(new)');
		await dialog.getByLabel('Title of the new tour').fill('My workshop');
	});

	// 2. The growth chart, nothing selected: the narration must be written, and an empty one is refused.
	await page.goto('/?measure=in-force&from=2000&to=2010');
	await expect(page.locator('[data-view="ratifications"]')).toBeVisible();
	await page.getByRole('button', { name: 'Add this view to a tour' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add this view to a tour' });
	await dialog.getByRole('radio', { name: /growth chart/ }).check();
	await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(
		'Parties over time, 2000–2010'
	);
	await dialog.getByRole('button', { name: 'Add stop' }).click();
	await expect(dialog.getByText('Write what the room should hear at this stop.')).toBeVisible();
	await expect(dialog.getByLabel('Narration')).toBeFocused();
	await dialog.getByLabel('Narration').fill('How fast did States become bound?');
	await dialog
		.getByLabel('Sources: the events this stop is about')
		.selectOption('untoc-entry-into-force');
	await expect(dialog.getByLabel('Add it to')).toHaveValue('my-workshop');
	await dialog.getByRole('button', { name: 'Add stop' }).click();
	await expect(dialog).toBeHidden();
}

test('a tour built from two views is listed under Present after a reload and presented stop by stop', async ({
	page
}) => {
	test.setTimeout(90_000);
	await buildTour(page);
	await page.reload();
	await page.goto('/present');
	const mine = page.locator('[data-my-tours] [data-tour="my-workshop"]');
	await expect(mine).toContainText('My workshop');
	await expect(mine).toContainText('(2 stops)');
	await mine.getByRole('link', { name: 'Start (projector, dark)' }).click();

	const stage = page.locator('[data-view="presentation"]');
	await expect(stage).toHaveAttribute('data-stop', '1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(palermo.title);
	await expect(stage.locator('[data-view="timeline"]')).toBeVisible();
	// The stage draws the stop's window (no toolbar: the figure alone).
	await expect(stage.locator('[data-view="timeline"]')).toHaveAttribute(
		'data-window',
		'2000-09-01 2001-03-31'
	);
	await expect(stage).toHaveAttribute('data-ready', '');
	await page.keyboard.press('ArrowRight');
	await expect(stage).toHaveAttribute('data-stop', '2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parties over time, 2000–2010');
	await expect(stage.locator('[data-view="ratifications"]')).toBeVisible();
	// A reload keeps the tour and the stop (the id is in the hash, the stop in the query).
	await expect(page).toHaveURL(/\/tours\/present\?stop=2#my-workshop$/);
	await page.reload();
	await expect(stage).toHaveAttribute('data-stop', '2');

	// The presenter view opens from the stage for this tour, and follows it.
	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		stage.getByRole('link', { name: 'Presenter view' }).click()
	]);
	await expect(presenter).toHaveURL(/\/tours\/presenter#my-workshop$/);
	await expect(presenter.locator('[data-view="presenter"]')).toHaveAttribute('data-stop', '2');
	await page.keyboard.press('ArrowLeft');
	await expect(presenter.locator('[data-view="presenter"]')).toHaveAttribute('data-stop', '1');
});

test('predict-then-reveal set in the editor hides the lines on the stage until revealed', async ({
	page
}) => {
	test.setTimeout(90_000);
	await buildTour(page);
	await page.goto('/tours');
	await page
		.getByLabel('Predict, then reveal: hide the lines after', { exact: true })
		.fill('2003-09-29');
	await page.getByLabel('Predict, then reveal: hide the lines after', { exact: true }).blur();
	await expect.poll(async () => stored(page)).toContain('"reveal":{"after":"2003-09-29"}');
	await page.goto('/tours/present?stop=2#my-workshop');
	await expect(page.locator('[data-hidden-after="2003-09-29"]')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-hidden-after]')).toHaveCount(0);
});

test('save as file passes the data check, opens back, and a bad file is refused by line and field', async ({
	page
}) => {
	test.setTimeout(120_000);
	await buildTour(page);
	await page.goto('/tours');
	await expect(page.locator('[data-tour="my-workshop"]')).toBeVisible();
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save as file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('my-workshop.json');
	const text = readFileSync(await download.path(), 'utf8');
	expect(text.endsWith('}\n')).toBe(true);
	const saved = JSON.parse(text);
	expect(saved.stops.map((s: { view: string }) => s.view)).toEqual(['timeline', 'ratifications']);
	const check = dataCheck(download.suggestedFilename(), text);
	expect(check.out).toContain('2 tour(s)');
	expect(check.status).toBe(0);

	// Opened back: the same tour under a fresh id, since its own is taken.
	const input = page.getByLabel('A tour saved from here, or a file of data/tours');
	await input.setInputFiles({
		name: 'my-workshop.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByRole('status').filter({ hasText: 'Opened “My workshop”' })).toContainText(
		'as my-workshop-2'
	);
	await expect(page.locator('[data-tour]')).toHaveCount(2);

	// A file missing the second stop's narration: refused, naming the line and the field.
	const lines = text.split('\n');
	const at = lines.findIndex((l) => l.includes('"narration": "How fast'));
	const broken = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
	const objectLine = lines.slice(0, at).findLastIndex((l) => l.trim() === '{') + 1;
	const before = await stored(page);
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(broken)
	});
	const problems = page.locator('[data-open-problems]');
	await expect(problems).toContainText('broken.json was not opened; your tours are unchanged');
	await expect(problems).toContainText(`line ${objectLine}, stops.1.narration: is missing`);
	expect(await stored(page)).toBe(before);
	await expect(page.locator('[data-tour]')).toHaveCount(2);
});

test('the editor reorders by keyboard and by drag, refuses an empty title, and undoes a deletion', async ({
	page
}) => {
	test.setTimeout(90_000);
	await buildTour(page);
	await page.goto('/tours');
	const tour = page.locator('[data-tour="my-workshop"]');
	const titles = () => tour.locator('.stops h4').allTextContents();
	await expect.poll(titles).toEqual([`1. ${palermo.title}`, '2. Parties over time, 2000–2010']);

	// By drag (first: Chromium starts no drag from a mouse press that follows a key press in a test).
	await tour.locator('[data-stop-index="1"] .handle').dragTo(tour.locator('[data-stop-index="0"]'));
	await expect.poll(titles).toEqual(['1. Parties over time, 2000–2010', `2. ${palermo.title}`]);
	expect(JSON.parse((await stored(page)) ?? '').tours[0].stops[0].title).toBe(
		'Parties over time, 2000–2010'
	);

	// By keyboard, and the keyboard stays on the moved stop.
	await tour.getByRole('button', { name: 'Move up stop 2' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(titles).toEqual([`1. ${palermo.title}`, '2. Parties over time, 2000–2010']);
	await expect(tour.getByRole('button', { name: 'Move down stop 1' })).toBeFocused();
	expect(JSON.parse((await stored(page)) ?? '').tours[0].stops[0].title).toBe(palermo.title);

	const title = tour.locator('[data-stop-index="0"]').getByLabel('Title', { exact: true });
	await title.fill('');
	await title.blur();
	await expect(tour.getByText('This cannot be empty; the last saved text is kept.')).toBeVisible();
	expect(JSON.parse((await stored(page)) ?? '').tours[0].stops[0].title).toBe(palermo.title);
	await title.fill('Palermo, 2000');
	await title.blur();
	await expect.poll(titles).toContain('1. Palermo, 2000');

	await tour.getByRole('button', { name: 'Delete stop 1' }).click();
	await expect.poll(titles).toEqual(['1. Parties over time, 2000–2010']);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect.poll(titles).toEqual(['1. Palermo, 2000', '2. Parties over time, 2000–2010']);

	const preview = tour.locator('[data-stop-index="1"] [data-preview]');
	await expect(preview).toHaveAttribute('href', '/?from=2000&to=2010&measure=in-force');
});

test('a store that cannot be read is set aside, reported and offered for download, never lost', async ({
	page
}) => {
	await page.goto('/tours');
	// Once the page has read the (empty) store: written earlier, the first page would set it aside.
	await expect(page.locator('[data-no-tours]')).toBeVisible();
	await page.evaluate((k) => localStorage.setItem(k, '{"version": 7, "tours": []}'), KEY);
	await page.reload();
	const notice = page.locator('[data-set-aside]');
	await expect(notice).toContainText('its version (7) is not 1');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		notice.getByRole('button', { name: /Download set-aside data/ }).click()
	]);
	expect(readFileSync(await file.path(), 'utf8')).toBe('{"version": 7, "tours": []}');
	await expect(page.locator('[data-no-tours]')).toBeVisible();
});
