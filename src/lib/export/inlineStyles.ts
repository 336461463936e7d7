/**
 * A live figure's SVG made plain enough for every renderer: Chromium, resvg, librsvg and ImageMagick 6
 * (whose own renderer rejects a unit on a number and ignores CSS). Every style the page's CSS gives an
 * element is resolved onto it as a presentation attribute, written only where it differs from what the
 * element inherits; lengths become plain numbers (`12px` → `12`, `dy="0.35em"` folded into `y` from the
 * element's font size); a dominant-baseline becomes the same shift of `y`, as librsvg and ImageMagick
 * do not read it; no class, style, CSS variable, script or foreignObject is left. The live figure is
 * shared with the screen, so the export fixes it here rather than in the components.
 */
import { clipToRect } from './clipToRect';
import type { Theme } from './standaloneSvg';

/**
 * A plain font stack every renderer resolves: no generic keyword first; the Latin families the layout
 * is measured for, then families that carry Arabic and Chinese on Linux (Debian's fonts-noto-core and
 * fonts-noto-cjk), Windows (Segoe UI, Tahoma, Microsoft YaHei) and macOS (Geeza Pro, PingFang SC), so
 * no language draws empty boxes. A browser takes each missing glyph from the next family that has it;
 * resvg takes it from a system font that has it (tests/unit/exportFonts.test.ts).
 */
export const SAFE_FONT =
	'Liberation Sans, Arial, Helvetica, Noto Sans, Noto Sans Arabic, Noto Naskh Arabic, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, Segoe UI, Tahoma, Geeza Pro, DejaVu Sans, sans-serif';

/** Inherited presentation properties, and their initial values (what the root inherits). */
const INHERITED: Record<string, string> = {
	fill: 'rgb(0, 0, 0)',
	'fill-opacity': '1',
	stroke: 'none',
	'stroke-width': '1',
	'stroke-dasharray': 'none',
	'stroke-opacity': '1',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	'font-size': '16',
	'font-weight': '400',
	'text-anchor': 'start',
	'paint-order': 'normal'
};
/** Properties that are not inherited, and the value that needs no attribute. */
const OWN: Record<string, string> = { opacity: '1', 'text-decoration': 'none' };

/** How far each dominant-baseline moves text down from the alphabetic baseline, in ems. */
const BASELINE_SHIFT: Record<string, number> = {
	middle: 0.35,
	central: 0.35,
	hanging: 0.8,
	'text-before-edge': 0.8,
	'text-after-edge': -0.2,
	ideographic: -0.2
};

/** A colour for the dark (projector) variant: light ink on a dark ground, data colours kept. */
export function darkColor(value: string): string {
	const m =
		/^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(value) ??
		/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
	if (!m) return value;
	const [r, g, b] = [1, 2, 3].map((i) =>
		value.startsWith('#') ? parseInt(m[i] ?? '0', 16) : Number(m[i])
	);
	const light = (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
	const grey = Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0) < 24;
	if (!grey) return value;
	const v = Math.round(255 * (1 - light) * 0.9 + 12);
	return `rgb(${v},${v},${v})`;
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/**
 * plainLength(value, em): a length as a bare number of user units, or null when it is not one
 * ("12px" → "12", "0.35em" at 12 → "4.2", "4px, 3px" → "4 3"); a bare number comes back as it is.
 */
export function plainLength(value: string, em: number, rem = 16): string | null {
	const parts = value.trim().split(/[\s,]+/);
	const out: string[] = [];
	for (const p of parts) {
		const m = /^(-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?)(px|em|rem)?$/i.exec(p);
		if (!m) return null;
		const n = Number(m[1]);
		const unit = (m[2] ?? '').toLowerCase();
		out.push(unit === 'em' ? round(n * em) : unit === 'rem' ? round(n * rem) : unit ? round(n) : p);
	}
	return out.join(' ');
}

/** The computed value of a property as an attribute wants it, or null for none. */
function attrValue(p: string, cs: CSSStyleDeclaration, theme: Theme): string | null {
	let v = cs.getPropertyValue(p).trim();
	if (!v) return null;
	if (p === 'fill' || p === 'stroke') {
		if (v === 'transparent' || v === 'rgba(0, 0, 0, 0)') v = 'none';
		if (theme === 'dark' && v !== 'none') v = darkColor(v);
	}
	if (p === 'text-decoration') v = v.split(' ')[0] ?? 'none';
	if (p === 'font-size' || p === 'stroke-width' || (p === 'stroke-dasharray' && v !== 'none'))
		v = plainLength(v, parseFloat(cs.fontSize) || 16) ?? v;
	return v;
}

/** Folds a `dy` (and a dominant-baseline) into `y`, which every renderer reads the same way. */
function foldBaseline(copy: Element, em: number, baseline: string) {
	const dy = copy.getAttribute('dy');
	let shift = BASELINE_SHIFT[baseline] ?? 0;
	shift *= em;
	if (dy !== null) {
		const n = plainLength(dy, em);
		if (n === null || n.includes(' ')) return;
		shift += Number(n);
		copy.removeAttribute('dy');
	}
	if (shift === 0) return;
	const y = copy.getAttribute('y');
	const n = y === null ? '0' : plainLength(y, em);
	if (n === null || n.includes(' ')) {
		copy.setAttribute('dy', round(shift));
		return;
	}
	copy.setAttribute('y', round(Number(n) + shift));
}

const DROP = /^(class|style|tabindex|role|focusable|aria-.*|on.*|data-.*)$/;

function clean(orig: Element, copy: Element, theme: Theme, inherited: Record<string, string>) {
	const cs = getComputedStyle(orig);
	if (cs.display === 'none') {
		copy.remove();
		return;
	}
	for (const a of [...copy.attributes]) if (DROP.test(a.name)) copy.removeAttribute(a.name);
	const em = parseFloat(cs.fontSize) || 16;
	const mine = { ...inherited };
	for (const p of Object.keys(INHERITED)) {
		const v = attrValue(p, cs, theme);
		if (v === null) continue;
		mine[p] = v;
		if (v !== inherited[p]) copy.setAttribute(p, v);
		else copy.removeAttribute(p);
	}
	for (const [p, none] of Object.entries(OWN)) {
		const v = attrValue(p, cs, theme);
		if (v !== null && v !== none) copy.setAttribute(p, v);
		else copy.removeAttribute(p);
	}
	copy.removeAttribute('dominant-baseline');
	copy.removeAttribute('alignment-baseline');
	copy.removeAttribute('font-family');
	if (orig.tagName === 'text' || orig.tagName === 'tspan')
		foldBaseline(copy, em, cs.getPropertyValue('dominant-baseline'));
	// Lengths written by the components themselves (x="4px", font-size="0.8em").
	for (const a of [...copy.attributes]) {
		if (/^(-?[\d.]+)(px|em|rem)$/i.test(a.value)) {
			const n = plainLength(a.value, em);
			if (n !== null) copy.setAttribute(a.name, n);
		}
	}
	const kids = [...orig.children];
	const copies = [...copy.children];
	kids.forEach((k, i) => {
		const c = copies[i];
		if (c) clean(k, c, theme, mine);
	});
}

/** inlineSvg(svg, theme): a plain copy of a live SVG, its styles resolved onto its elements. */
export function inlineSvg(svg: SVGSVGElement, theme: Theme): SVGSVGElement {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	// Comments Svelte leaves as anchors; the clean pass walks elements, so they can go first.
	const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const c of comments) c.parentNode?.removeChild(c);
	clean(svg, copy, theme, { ...INHERITED });
	for (const el of copy.querySelectorAll('script, foreignObject')) el.remove();
	clipToRect(copy);
	splitHalos(copy);
	copy.setAttribute('font-family', SAFE_FONT);
	return copy;
}

/** The value of an inherited attribute for an element: its own, else its nearest ancestor's. */
function inheritedAttr(el: Element, name: string): string | null {
	for (let e: Element | null = el; e; e = e.parentElement) {
		const v = e.getAttribute(name);
		if (v !== null) return v;
	}
	return null;
}

/**
 * A text with a halo (`paint-order="stroke"`: the stroke drawn under the fill) becomes two texts, the
 * halo alone (filled and stroked in the halo's colour) under the text without a stroke. ImageMagick 6
 * ignores paint-order and would draw the halo over the letters; two texts draw the same everywhere.
 */
function splitHalos(root: Element) {
	for (const text of [...root.querySelectorAll('text')]) {
		if (inheritedAttr(text, 'paint-order') !== 'stroke') continue;
		const stroke = inheritedAttr(text, 'stroke');
		if (!stroke || stroke === 'none') continue;
		const halo = text.cloneNode(true) as SVGTextElement;
		halo.setAttribute('fill', stroke);
		for (const t of halo.querySelectorAll('[fill]')) t.setAttribute('fill', stroke);
		halo.setAttribute('aria-hidden', 'true');
		halo.removeAttribute('paint-order');
		text.before(halo);
		text.setAttribute('stroke', 'none');
		text.removeAttribute('paint-order');
	}
}

/**
 * asGroup(svg, transform): a plain SVG's content as a `<g>` under a transform. A nested `<svg>` with
 * its own viewBox is the one structure ImageMagick's renderer places wrongly, so the export flattens it.
 */
export function asGroup(svg: SVGSVGElement, transform: string): SVGGElement {
	const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
	for (const a of [...svg.attributes])
		if (!/^(x|y|width|height|viewBox|preserveAspectRatio|id|xmlns.*|version)$/.test(a.name))
			g.setAttribute(a.name, a.value);
	g.setAttribute('transform', transform);
	g.append(...svg.childNodes);
	return g;
}
