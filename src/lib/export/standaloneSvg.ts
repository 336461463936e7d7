/**
 * Turns a figure's live SVG into one self-contained file that draws the same in browsers, resvg,
 * librsvg and ImageMagick (inlineStyles.ts makes it plain: attributes only, plain numbers, no nested
 * svg or clip-path); with the figure's title stating the window it shows (once), a subtitle stating
 * what it shows and the filters, the as-of readout when an as-of date is set, its legend, and a footer
 * with sources, permalink, the data's as-of date, the export date and the citation. Size presets lay
 * the plot out anew for a slide or an A4 page; the projector variant is dark. Its words are in the
 * interface's language; in Arabic they stand at the right and read right to left (the plot keeps its
 * left-to-right time, see src/lib/i18n/README.md).
 */
import { symbolPath, type Shape } from '$lib/charts/symbolPath';
import { lang } from '$lib/i18n/i18n.svelte';
import { dirOf } from '$lib/i18n/locales';
import { asGroup, darkColor, inlineSvg, SAFE_FONT } from './inlineStyles';

export type Preset = 'screen' | 'slide' | 'a4';
export type Theme = 'light' | 'dark';

export interface LegendItem {
	label: string;
	color: string;
	shape?: Shape;
	dash?: string;
	/** A hatch colour: the swatch is a square hatched with lines in it (the map's unknown status). */
	hatch?: string;
}

export interface FigureText {
	/** The title, with the window the figure shows. */
	title: string;
	/** What is shown and the active filters, the window aside. */
	subtitle: string;
	/** The as-of readout in words, when an as-of date is set. */
	asOf?: string;
	legend: LegendItem[];
	footer: string[];
}

/** Room a figure draws in outside its SVG box (a LayerCake chart's axes sit in its padding). */
export interface Bleed {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * Where an export takes its plot from. `svg` is the plot as drawn on screen, `width` × `height` its
 * box in pixels, bleed aside. With `render`, the export instead asks for the plot drawn at the size its
 * frame leaves (bleed included in that size), so a slide's plot grows into the slide rather than being
 * scaled; `done` releases what the drawing took.
 */
export interface FigureSource {
	svg: SVGSVGElement;
	width: number;
	height: number;
	bleed?: Bleed;
	render?: (
		width: number,
		height: number
	) => { svg: SVGSVGElement; bleed: Bleed; done: () => void };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PRESETS: Record<Exclude<Preset, 'screen'>, [number, number]> = {
	slide: [1920, 1080],
	a4: [1123, 794]
};
const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Chinese (and Japanese, Korean) characters and full-width forms: each about two Latin letters wide. */
const WIDE =
	'\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff01-\\uff60';
const WIDE_CHAR = new RegExp(`[${WIDE}]`, 'gu');
/** Words, blanks, and each wide character on its own (with the punctuation after it): where lines break. */
const TOKENS = new RegExp(`\\s+|[${WIDE}][\\p{Pe}\\p{Po}]*|[^\\s${WIDE}]+`, 'gu');

/** The width of a text in Latin letters (the unit the layout's estimates count in). */
const span = (s: string) => s.length + (s.match(WIDE_CHAR)?.length ?? 0);

function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	let blank = false;
	// Between words at a blank; in Chinese between any two characters, joined with no blank.
	for (const [token] of text.matchAll(TOKENS)) {
		if (/^\s/.test(token)) {
			blank = true;
			continue;
		}
		const next = line ? `${line}${blank ? ' ' : ''}${token}` : token;
		blank = false;
		if (span(next) > max && line) {
			lines.push(line);
			line = token;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * textLine(x, y, attrs, text, width, rtl): one line of the figure's own words at the start edge: x
 * from the left, or in a right-to-left language x from the right of a figure `width` wide, anchored by
 * its end and embedded right to left (RLE … PDF, which every renderer reads). Not `direction="rtl"`:
 * resvg ignores it, and browsers then read `text-anchor` the other way round, so the two would disagree.
 */
export function textLine(
	x: number,
	y: number,
	attrs: string,
	text: string,
	width: number,
	rtl: boolean
): string {
	return rtl
		? `<text x="${Math.round((width - x) * 10) / 10}" y="${y}" text-anchor="end" ${attrs}>\u202b${esc(text)}\u202c</text>`
		: `<text x="${x}" y="${y}" ${attrs}>${esc(text)}</text>`;
}

const NO_BLEED: Bleed = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * standaloneSvg(source, text, preset, theme): the figure as a complete SVG document (a string). On
 * screen size the plot keeps the size it has on screen; a preset draws it anew for the room its page
 * leaves when the source can (`render`), and otherwise scales the screen's plot into it.
 */
export function standaloneSvg(
	source: FigureSource,
	text: FigureText,
	preset: Preset,
	theme: Theme
): string {
	const b = source.bleed ?? NO_BLEED;
	const plotW = source.width + b.left + b.right;
	const plotH = source.height + b.top + b.bottom;
	const W = preset === 'screen' ? Math.round(plotW + 48) : PRESETS[preset][0];
	const H0 = preset === 'screen' ? 0 : PRESETS[preset][1];
	const scale = preset === 'screen' ? 1 : W / 1280;
	const f = (n: number) => Math.round(n * scale * 10) / 10;
	const ink = theme === 'dark' ? '#f2f2f2' : '#1b1f24';
	const soft = theme === 'dark' ? '#c8c8c8' : '#4a525c';
	const ground = theme === 'dark' ? '#111418' : '#ffffff';
	const pad = f(24);
	const locale = lang();
	const rtl = dirOf(locale) === 'rtl';
	const parts: string[] = [];
	let y = pad + f(22);
	parts.push(
		textLine(
			pad,
			y,
			`font-family="${SAFE_FONT}" font-size="${f(22)}" font-weight="700" fill="${ink}"`,
			text.title,
			W,
			rtl
		)
	);
	for (const line of wrap(text.subtitle, Math.floor((W - 2 * pad) / (f(14) * 0.52)))) {
		y += f(20);
		parts.push(
			textLine(
				pad,
				y,
				`font-family="${SAFE_FONT}" font-size="${f(14)}" fill="${soft}"`,
				line,
				W,
				rtl
			)
		);
	}
	for (const line of text.asOf ? wrap(text.asOf, Math.floor((W - 2 * pad) / (f(14) * 0.58))) : []) {
		y += f(20);
		parts.push(
			textLine(
				pad,
				y,
				`font-family="${SAFE_FONT}" font-size="${f(14)}" font-weight="700" fill="${ink}"`,
				line,
				W,
				rtl
			)
		);
	}
	// Legend, wrapping onto further rows; in a right-to-left language it runs from the right, each item
	// mirrored in its place (`at`: where a span starting at x and `w` wide is drawn).
	const at = (px: number, w = 0) => (rtl ? Math.round((W - px - w) * 10) / 10 : px);
	y += f(26);
	let x = pad;
	for (const item of text.legend) {
		const w = f(30) + span(item.label) * f(13) * 0.55 + f(18);
		if (x + w > W - pad) {
			x = pad;
			y += f(22);
		}
		const cy = y - f(4.5);
		if (item.hatch) {
			// Drawn as lines, not a <pattern>: ImageMagick fills a pattern black.
			const s = f(11);
			const [x0, y0] = [at(x + f(2.5), s), cy - f(5.5)];
			const lines = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75]
				.map((t) => {
					const [a, b] = [Math.max(0, t - 1), Math.min(1, t)];
					return `M${Math.round((x0 + a * s) * 10) / 10},${Math.round((y0 + s - (t - a) * s) * 10) / 10}L${Math.round((x0 + b * s) * 10) / 10},${Math.round((y0 + s - (t - b) * s) * 10) / 10}`;
				})
				.join('');
			parts.push(
				`<rect x="${x0}" y="${y0}" width="${s}" height="${s}" fill="${theme === 'dark' ? darkColor(item.color) : item.color}" stroke="${item.hatch}" stroke-width="${f(1.2)}"/>`,
				`<path d="${lines}" fill="none" stroke="${item.hatch}" stroke-width="${f(1)}"/>`
			);
		} else if (item.shape) {
			parts.push(
				`<path d="${symbolPath(item.shape, f(6))}" transform="translate(${at(x + f(8))},${cy})" fill="${theme === 'dark' ? darkColor(item.color) : item.color}" stroke="${ink}" stroke-width="${f(1)}"/>`
			);
		} else {
			parts.push(
				`<line x1="${at(x, f(22))}" x2="${rtl ? at(x) : x + f(22)}" y1="${cy}" y2="${cy}" stroke="${theme === 'dark' ? darkColor(item.color) : item.color}" stroke-width="${f(3)}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`
			);
		}
		parts.push(
			textLine(
				x + f(28),
				y,
				`font-family="${SAFE_FONT}" font-size="${f(13)}" fill="${ink}"`,
				item.label,
				W,
				rtl
			)
		);
		x += w;
	}
	const top = y + f(16);
	// Footer, measured first so the plot gets what is left.
	const footer = text.footer.flatMap((l) => wrap(l, Math.floor((W - 2 * pad) / (f(11) * 0.52))));
	const footerH = footer.length * f(15) + pad;
	const availH = preset === 'screen' ? plotH : H0 - top - footerH - f(8);
	const availW = W - 2 * pad;
	// Drawn anew for the frame: at the frame's room in the page's own pixels (the type scale undone),
	// so the plot fills the frame and its text keeps the size it has in the title and legend.
	const area =
		preset === 'screen'
			? { w: plotW, h: plotH }
			: { w: Math.round(availW / scale), h: Math.round(availH / scale) };
	const drawn = source.render?.(area.w, area.h);
	const vb = drawn
		? { x: -drawn.bleed.left, y: -drawn.bleed.top, w: area.w, h: area.h }
		: { x: -b.left, y: -b.top, w: plotW, h: plotH };
	const k = preset === 'screen' ? 1 : Math.min(availW / vb.w, availH / vb.h);
	const H = preset === 'screen' ? Math.round(top + vb.h + f(8) + footerH) : H0;
	const plotX = pad;
	let inner: SVGSVGElement;
	try {
		inner = inlineSvg(drawn?.svg ?? source.svg, theme);
	} finally {
		drawn?.done();
	}
	const g = asGroup(
		inner,
		`translate(${plotX} ${top}) scale(${Math.round(k * 1e4) / 1e4}) translate(${-vb.x} ${-vb.y})`
	);
	const plot = new XMLSerializer().serializeToString(g).replace(/ xmlns="[^"]*"/, '');
	let fy = H - footerH + pad * 0.6;
	const foot = footer.map((l) => {
		fy += f(15);
		return textLine(
			pad,
			fy - f(15),
			`font-family="${SAFE_FONT}" font-size="${f(11)}" fill="${soft}"`,
			l,
			W,
			rtl
		);
	});
	return [
		`<svg xmlns="${SVG_NS}"${locale === 'en' ? '' : ` xml:lang="${locale}"`} width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${SAFE_FONT}" font-size="16" fill="rgb(0, 0, 0)" stroke="none">`,
		`<title>${esc(text.title)}</title>`,
		`<desc>${esc([text.subtitle, text.asOf].filter(Boolean).join('. '))}</desc>`,
		`<rect x="0" y="0" width="${W}" height="${H}" fill="${ground}"/>`,
		...parts,
		plot,
		...foot,
		'</svg>'
	].join('\n');
}
