// Every exported figure must draw the same in the renderers people open it with outside the browser:
// resvg, librsvg (rsvg-convert) and ImageMagick 6 (convert). Each export is rendered by all three at the
// same size and compared pixel by pixel with resvg's drawing; a slide or page must be filled by its
// figure. The files and pictures are kept in the test's output folder for a reviewer to open.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { difference, renderResvg, renderWith, tallestBlankBand, TOOLS } from './renderers';

/** How far each renderer may stray from resvg: anti-aliasing and glyph shapes, not the drawing. */
const LIMIT = { 'rsvg-convert': 0.03, convert: 0.06 } as const;
const VIEWS = ['timeline', 'ratifications', 'map'] as const;
const CASES = VIEWS.flatMap((view) =>
	(['screen', 'slide'] as const).flatMap((preset) =>
		(['light', 'dark'] as const).map((theme) => ({ view, preset, theme }))
	)
);
const OUT = join('test-results', 'exports');
for (const t of TOOLS.filter((t) => !t.found))
	console.warn(
		`exportRenderers: ${t.name} not found, its comparisons are skipped (install ${t.pkg})`
	);
const fileOf = (c: { view: string; preset: string; theme: string }) =>
	join(OUT, `${c.view}-${c.preset}-${c.theme}.svg`);

async function exportSvg(page: Page, view: string, preset: string, theme: string) {
	const figure = page.locator(`[data-view="${view}"]`);
	await figure.locator('summary', { hasText: 'Export' }).first().click();
	await figure.getByLabel('Size').selectOption(preset);
	await figure.getByLabel('Theme').selectOption(theme);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Download SVG', exact: true }).click()
	]);
	await figure.locator('summary', { hasText: 'Export' }).first().click();
	return readFileSync(await file.path(), 'utf8');
}

// One page makes every file; the comparisons then run in order in the same worker.
test.describe.configure({ mode: 'default' });
test.beforeAll(async ({ browser }) => {
	test.setTimeout(180_000);
	mkdirSync(OUT, { recursive: true });
	const page = await browser.newPage({ timezoneId: 'America/Los_Angeles', locale: 'en-GB' });
	await page.goto('/?from=1994&to=2006&instruments=UNTOC,TIP');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.locator('[data-view="map"]').scrollIntoViewIfNeeded();
	await page.locator('[data-view="map"][data-ready]').waitFor();
	const extra = VIEWS.map((view) => ({ view, preset: 'a4', theme: 'light' }) as const);
	for (const c of [...CASES, ...extra]) {
		const svg = await exportSvg(page, c.view, c.preset, c.theme);
		// ImageMagick 6 ignores paint-order: a halo must be its own text under the letters.
		expect(svg).not.toContain('paint-order');
		writeFileSync(fileOf(c), svg);
	}
	await page.close();
});

for (const c of CASES) {
	for (const tool of TOOLS) {
		test(`the ${c.view} export (${c.preset}, ${c.theme}) draws in ${tool.name} as in resvg`, () => {
			test.skip(!tool.found, `${tool.name} not found: install Debian's ${tool.pkg} to compare it`);
			const file = fileOf(c);
			const reference = renderResvg(readFileSync(file, 'utf8'));
			writeFileSync(file.replace(/\.svg$/, '.resvg.png'), PNG.sync.write(reference));
			const drawn = renderWith(tool.name, file, reference.width, reference.height);
			const share = difference(reference, drawn, file.replace(/\.svg$/, `.${tool.name}-diff.png`));
			console.log(`${c.view} ${c.preset} ${c.theme} ${tool.name}: ${(share * 100).toFixed(2)}%`);
			expect(share).toBeLessThan(LIMIT[tool.name]);
		});
	}
}

for (const view of VIEWS) {
	for (const preset of ['slide', 'a4'] as const) {
		test(`the ${view} ${preset} export is filled by its figure, with no empty band`, () => {
			const png = renderResvg(readFileSync(fileOf({ view, preset, theme: 'light' }), 'utf8'));
			const band = tallestBlankBand(png);
			console.log(`${view} ${preset}: tallest empty band ${band} of ${png.height} rows`);
			expect(band / png.height).toBeLessThan(0.15);
		});
	}
}
