// The exported figures' words drawn by resvg with the system's fonts (as a reader's converter would):
// every character the exports write in French, Arabic and Chinese gets a glyph from the export's font
// stack, never the empty box of a missing one, and an Arabic line reads right to left from the right.
// Debian's fonts-noto-core and fonts-noto-cjk (or the Windows and macOS families the stack names)
// must be installed where this runs.
import { afterAll, describe, expect, it } from 'vitest';
import { categoryLabel, groupLabel } from '$lib/data/categoryLabel';
import { CATEGORY_IDS, GROUP_IDS } from '$lib/data/schema';
import { formatDate } from '$lib/data/formatDate';
import { cite } from '$lib/export/citation';
import { SAFE_FONT } from '$lib/export/inlineStyles';
import { textLine } from '$lib/export/standaloneSvg';
import { m, setLang } from '$lib/i18n/i18n.svelte';
import type { Locale } from '$lib/i18n/locales';
import { missingGlyphs, render } from '../glyphs';

/** What the exports write in the current language: their own words, the lanes, groups and a citation. */
function exportWords(): string[] {
	const t = m.exports;
	return [
		t.sources,
		t.eventsByCategory,
		t.leftOutNote(t.leftOutItem(3, t.instrument.TIP)),
		t.asOf(formatDate('2010-01-01'), t.measure.parties, t.asOfValue(t.instrument.UNTOC, 147)),
		t.dates(formatDate('2025-04-09'), formatDate('2026-02-28')),
		t.noInstruments,
		...Object.values(t.instrument),
		...Object.values(t.step),
		...(['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) =>
			t.instrumentName({ id, shortName: id })
		),
		...CATEGORY_IDS.map(categoryLabel),
		...GROUP_IDS.map(groupLabel),
		...Object.values(
			cite({
				title: 'x',
				permalink: 'https://e.org/',
				dataAsOf: '2025-09-09',
				accessed: '2026-03-01'
			})
		)
	];
}

describe('resvg draws the exports’ words with the system’s fonts', () => {
	afterAll(() => setLang('en'));

	it.each(['fr', 'ar', 'zh'] as Locale[])(
		'every character the exports write in %s has a glyph in the export’s font stack',
		async (l) => {
			await setLang(l);
			const chars = [...new Set([...exportWords().join('')])].filter((c) => /[^\s\p{Cf}]/u.test(c)); // not the invisible bidi marks
			expect(chars.length).toBeGreaterThan(30);
			const { missing, tofuAlike } = missingGlyphs(chars);
			// The detector sees a missing glyph: the two code points no font has draw the same box.
			expect(tofuAlike).toBe(true);
			expect(missing).toEqual([]);
		},
		30_000
	);

	it('a code point no font has is reported missing (the check can fail)', () => {
		expect(missingGlyphs(['a', '\ue001', '\u0379']).missing).toEqual(['\ue001', '\u0379']);
	});

	it('textLine(..., rtl) sets an Arabic line at the right edge, reading right to left', () => {
		const W = 600;
		// The Latin word in red: right to left, it ends the line at its left; left to right it would
		// stand at the right of the Arabic.
		const line = (rtl: boolean) =>
			textLine(
				24,
				40,
				`font-family="${SAFE_FONT}" font-size="20"`,
				'الأطراف Convention',
				W,
				rtl
			).replace('Convention', '<tspan fill="#ff0000">Convention</tspan>');
		const inkX = (rtl: boolean) => {
			const { width, height, pixels } = render(
				`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="60">${line(rtl)}</svg>`
			);
			const red: number[] = [];
			const dark: number[] = [];
			for (let y = 0; y < height; y++)
				for (let x = 0; x < width; x++) {
					const [r, g] = [
						pixels[(y * width + x) * 4] ?? 255,
						pixels[(y * width + x) * 4 + 1] ?? 255
					];
					if (r > 200 && g < 80) red.push(x);
					else if (r < 80 && g < 80) dark.push(x);
				}
			return {
				red: [Math.min(...red), Math.max(...red)],
				dark: [Math.min(...dark), Math.max(...dark)]
			};
		};
		const rtl = inkX(true);
		expect(rtl.red[1]).toBeLessThan(rtl.dark[0]!);
		expect(rtl.dark[1]).toBeLessThanOrEqual(W - 24 + 1);
		expect(rtl.dark[1]).toBeGreaterThan(W - 24 - 6);
		const ltr = inkX(false);
		expect(ltr.red[0]).toBeGreaterThan(ltr.dark[1]!);
		expect(ltr.dark[0]).toBeLessThan(24 + 6);
	});
});
