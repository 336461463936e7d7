/**
 * Clipping done on the geometry instead of by `clip-path`: ImageMagick 6's renderer inverts a clip
 * path (it draws only what falls outside), so an export clips its lines to the plot itself. Only the
 * shapes the figures clip are handled (polylines, lines, circles); a clip whose content holds anything
 * else, or a transform, is left as a clip-path.
 */

export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

type Point = [number, number];
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** The part of the segment a–b inside the rectangle (Liang–Barsky), or null. */
export function clipSegment(a: Point, b: Point, r: Rect): [Point, Point] | null {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, a[0] - r.x0],
		[dx, r.x1 - a[0]],
		[-dy, a[1] - r.y0],
		[dy, r.y1 - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return null;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return null;
		}
	}
	return [
		[a[0] + t0 * dx, a[1] + t0 * dy],
		[a[0] + t1 * dx, a[1] + t1 * dy]
	];
}

/**
 * clipPolyline(d, rect): a path of absolute M/L/H/V commands cut to the rectangle, as a path ("" when
 * nothing is inside), or null when the path uses any other command.
 */
export function clipPolyline(d: string, r: Rect): string | null {
	const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
	const out: string[] = [];
	let at: Point | null = null;
	let pen: Point | null = null;
	let cmd = '';
	for (let i = 0; i < tokens.length;) {
		const t = tokens[i] as string;
		if (/[A-Za-z]/.test(t)) {
			cmd = t;
			i++;
			if (cmd === 'Z' || cmd === 'z') return null;
			continue;
		}
		let next: Point;
		if (cmd === 'M' || cmd === 'L') {
			next = [Number(t), Number(tokens[i + 1])];
			i += 2;
		} else if (cmd === 'H' && at) {
			next = [Number(t), at[1]];
			i += 1;
		} else if (cmd === 'V' && at) {
			next = [at[0], Number(t)];
			i += 1;
		} else return null;
		if (cmd === 'M' || !at) {
			at = next;
			pen = null;
			if (cmd === 'M') cmd = 'L';
			continue;
		}
		const seg = clipSegment(at, next, r);
		if (seg) {
			const [a, b] = seg;
			if (!pen || pen[0] !== a[0] || pen[1] !== a[1]) out.push(`M${num(a[0])},${num(a[1])}`);
			out.push(`L${num(b[0])},${num(b[1])}`);
			pen = b;
		}
		at = next;
	}
	return out.join('');
}

const attrNum = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** Cuts what an element draws to the rectangle; false when it cannot. */
function clipElement(el: Element, r: Rect): boolean {
	if (el.hasAttribute('transform') || el.hasAttribute('clip-path')) return false;
	const tag = el.tagName;
	if (tag === 'title' || tag === 'desc') return true;
	if (tag === 'g') return [...el.children].every((c) => clipElement(c, r));
	if (tag === 'path') {
		const d = clipPolyline(el.getAttribute('d') ?? '', r);
		if (d === null) return false;
		if (d) el.setAttribute('d', d);
		else el.remove();
		return true;
	}
	if (tag === 'line') {
		const seg = clipSegment(
			[attrNum(el, 'x1'), attrNum(el, 'y1')],
			[attrNum(el, 'x2'), attrNum(el, 'y2')],
			r
		);
		if (!seg) el.remove();
		else
			for (const [k, v] of [
				['x1', seg[0][0]],
				['y1', seg[0][1]],
				['x2', seg[1][0]],
				['y2', seg[1][1]]
			] as const)
				el.setAttribute(k, num(v));
		return true;
	}
	if (tag === 'circle') {
		const [cx, cy] = [attrNum(el, 'cx'), attrNum(el, 'cy')];
		if (cx < r.x0 || cx > r.x1 || cy < r.y0 || cy > r.y1) el.remove();
		return true;
	}
	return false;
}

/** clipToRect(root): every rectangular clip-path under root applied to the geometry and removed. */
export function clipToRect(root: Element) {
	for (const g of [...root.querySelectorAll('[clip-path]')]) {
		const id = /^url\(#([^)]+)\)$/.exec(g.getAttribute('clip-path') ?? '')?.[1];
		const clip = id ? root.querySelector(`clipPath[id="${id}"]`) : null;
		const rect = clip?.children.length === 1 ? clip.children[0] : null;
		if (!clip || !rect || rect.tagName !== 'rect' || rect.hasAttribute('transform')) continue;
		const [x, y] = [attrNum(rect, 'x'), attrNum(rect, 'y')];
		const r = { x0: x, y0: y, x1: x + attrNum(rect, 'width'), y1: y + attrNum(rect, 'height') };
		// Work on a copy, so a clip that cannot be done on the geometry stays as it was.
		const trial = g.cloneNode(true) as Element;
		trial.removeAttribute('clip-path');
		if (![...trial.children].every((c) => clipElement(c, r))) continue;
		g.replaceWith(trial);
		if (!root.querySelector(`[clip-path="url(#${id})"]`)) clip.remove();
	}
	for (const defs of [...root.querySelectorAll('defs')]) if (!defs.children.length) defs.remove();
}
