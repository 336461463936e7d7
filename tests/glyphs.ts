// Drawing text with resvg and the system's fonts, as a reader's converter would, to find the characters
// it has no glyph for: shared by the unit test of the exports' words and the end-to-end export checks.
import { Resvg } from '@resvg/resvg-js';
import { SAFE_FONT } from '../src/lib/export/inlineStyles';

const CELL = 36;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function render(svg: string) {
	const r = new Resvg(svg, {
		background: '#ffffff',
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
	});
	const img = r.render();
	return { width: img.width, height: img.height, pixels: img.pixels };
}

/**
 * missingGlyphs(chars): the characters resvg draws as a missing glyph's box (or not at all). Each is
 * drawn alone in a cell, in the export's font stack, beside cells of a private-use and an unassigned
 * code point, which no font draws; a character is missing when its cell is blank or the same as those.
 */
export function missingGlyphs(chars: string[]): { missing: string[]; tofuAlike: boolean } {
	const cols = 16;
	const all = ['\ue000', '\u0378', ...chars];
	const rows = Math.ceil(all.length / cols);
	const cells = all.map(
		(c, i) =>
			`<text x="${(i % cols) * CELL + 6}" y="${Math.floor(i / cols) * CELL + 26}" font-size="22">${esc(c)}</text>`
	);
	const { width, pixels } = render(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${cols * CELL}" height="${rows * CELL}" font-family="${SAFE_FONT}">${cells.join('')}</svg>`
	);
	const cell = (i: number) => {
		const [x0, y0] = [(i % cols) * CELL, Math.floor(i / cols) * CELL];
		const out: number[] = [];
		for (let y = y0; y < y0 + CELL; y++)
			for (let x = x0; x < x0 + CELL; x++) out.push(pixels[(y * width + x) * 4] ?? 255);
		return out.join(',');
	};
	const blank = (s: string) => s.split(',').every((v) => v === '255');
	const [pua, unassigned] = [cell(0), cell(1)];
	const missing = chars.filter((_, i) => {
		const s = cell(i + 2);
		return blank(s) || s === pua || s === unassigned;
	});
	return { missing, tofuAlike: pua === unassigned && !blank(pua) };
}
