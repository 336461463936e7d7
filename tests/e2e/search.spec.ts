// The search finds what a newcomer types: a State by its ISO code, an event by place and year, a COP
// session by its number. Expected rows come from data/ on disk, never from the app's own computation.
import { expect, test, type Page } from '@playwright/test';
import { copSessions, events, participants } from './dataFiles';

const view = (page: Page, name: string) => page.locator(`[data-view="${name}"]`);

async function search(page: Page, q: string) {
	await page.goto('/');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.getByLabel('Search events').fill(q);
	await expect(page).toHaveURL(
		new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '(%20|\\+)')}`)
	);
}

for (const code of ['USA', 'GBR']) {
	test(`typing ${code} finds that State in the participants table`, async ({ page }) => {
		const state = participants.find((p) => p.iso3 === code);
		expect(state).toBeDefined();
		await search(page, code);
		await page.getByRole('tab', { name: /Participants/ }).click();
		const row = view(page, 'participants').locator(`tbody tr[data-party="${code}"]`);
		await expect(row).toBeVisible();
		await expect(row).toContainText(state!.name ?? '');
	});
}

test('"Palermo 2000" finds the signing conference of December 2000 in the events table', async ({
	page
}) => {
	const signing = events.find(
		(e) => e.date.startsWith('2000') && e.category === 'signature' && /palermo/i.test(e.title)
	);
	expect(signing).toBeDefined();
	await search(page, 'Palermo 2000');
	await expect(
		view(page, 'events').locator(`tbody tr[data-event-id="${signing!.id}"]`)
	).toBeVisible();
});

test('"COP 1" leaves COP 1 alone in the COP sessions table', async ({ page }) => {
	expect(copSessions.filter((s) => String(s.session).startsWith('1')).length).toBeGreaterThan(1);
	await search(page, 'COP 1');
	const rows = view(page, 'cop-sessions').locator('tbody tr[data-cop-session]:not([hidden])');
	await expect(rows).toHaveCount(1);
	await expect(rows).toHaveAttribute('data-cop-session', '1');
});
