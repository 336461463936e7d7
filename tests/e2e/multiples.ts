import { expect, type Page } from '@playwright/test';

/**
 * Turns on the growth chart's regional-group breakdown and checks its six small multiples: every count
 * label and every end label ("Convention · 52*") inside its own figure, and their plots starting at the
 * same x, so the time axes line up. Returns the largest count any axis shows.
 */
export async function expectMultiplesFit(page: Page): Promise<number> {
	await page.getByRole('checkbox', { name: 'By UN regional group' }).check();
	const smalls = page.locator('[data-view="ratifications"] figure.small');
	await expect(smalls).toHaveCount(6);
	const plotLefts: number[] = [];
	let largest = 0;
	for (const small of await smalls.all()) {
		const fig = await small.evaluate((f) => {
			const r = f.getBoundingClientRect();
			return { left: r.left, right: r.right };
		});
		const counts = small.locator('.axis-y text');
		const texts = await counts.allTextContents();
		largest = Math.max(largest, ...texts.map((t) => Number(t.replace(/,/g, '')) || 0));
		const boxes = await small.locator('.axis-y text, .end-labels text').evaluateAll((ts) =>
			ts.map((t) => {
				const r = t.getBoundingClientRect();
				return { text: t.textContent, left: r.left, right: r.right };
			})
		);
		expect(boxes.length).toBeGreaterThan(texts.length);
		for (const b of boxes) {
			expect(b.left, b.text ?? '').toBeGreaterThanOrEqual(fig.left);
			expect(b.right, b.text ?? '').toBeLessThanOrEqual(fig.right);
		}
		// Where the plot starts: the count axis's gridlines begin there.
		plotLefts.push(
			await small.evaluate(
				(f) =>
					f.querySelector('.axis-y line')!.getBoundingClientRect().left -
					f.getBoundingClientRect().left
			)
		);
	}
	for (const x of plotLefts) expect(x).toBeCloseTo(plotLefts[0]!, 0);
	return largest;
}
