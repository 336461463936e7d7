/**
 * Where a short label goes beside the point it names (a milestone on a line): tried at rows above and
 * below the point, to its right and then its left, and put at the first place, nearest first, that
 * keeps clear of every label already placed and of the lines. Where every place touches a line, the
 * label takes the one crossing the fewest line points (the layer draws it on a paper-coloured halo);
 * a rule (the threshold) may be crossed at a small cost, as the halo keeps the text readable there;
 * where every place touches another label, it is left out rather than printed over one.
 */

import { visiblePoints, type ChartPoint } from './chartTypes';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Callout {
	/** The point named, in plot pixels. */
	x: number;
	y: number;
	/** The label's size. */
	width: number;
	height: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
	a.x < b.x + b.width + gap &&
	b.x < a.x + a.width + gap &&
	a.y < b.y + b.height + gap &&
	b.y < a.y + a.height + gap;

const inside = (p: { x: number; y: number }, b: Box) =>
	p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/**
 * placeCallouts(callouts, { avoid, points, soft, bounds }) returns each label's box (null: no room), in
 * input order; earlier callouts choose first. `avoid` are boxes already taken, `points` samples of the
 * lines to keep off, `soft` samples of rules a label may cross at a small cost (it has a halo),
 * `bounds` the area labels must stay in. Places are tried on a grid over the bounds, and just above,
 * below, right and left of the point: the nearest (the shortest leader from the point) that crosses
 * no line wins, a leader that crosses lines counting as a longer one.
 */
export function placeCallouts(callouts: readonly Callout[], opts: PlaceOptions): (Box | null)[] {
	// Most filter changes leave the chart as it was (a category, a search): the same inputs give the
	// same places, so the last few are kept, keyed by every input, and not searched for again.
	const key = placementKey(callouts, opts);
	const hit = recent.get(key);
	if (hit) {
		recent.delete(key);
		recent.set(key, hit);
		return hit.map((b) => (b ? { ...b } : null));
	}
	const placed = search(callouts, opts);
	recent.set(
		key,
		placed.map((b) => (b ? { ...b } : null))
	);
	if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
	return placed;
}

interface PlaceOptions {
	avoid?: readonly Box[];
	points?: readonly { x: number; y: number }[];
	soft?: readonly { x: number; y: number }[];
	bounds: Box;
	/** Space kept between labels, and between a label and its point. */
	gap?: number;
	/** The grid places are tried on, pixels. */
	step?: number;
}

/** How many placements are kept (the chart's few zoom levels and measures). */
const RECENT = 24;
const recent = new Map<string, (Box | null)[]>();

function placementKey(callouts: readonly Callout[], o: PlaceOptions): string {
	const xy = (ps: readonly { x: number; y: number }[] = []) =>
		ps.map((p) => `${p.x},${p.y}`).join(' ');
	const box = (b: Box | Callout) => `${b.x},${b.y},${b.width},${b.height}`;
	return [
		callouts.map(box).join(' '),
		(o.avoid ?? []).map(box).join(' '),
		xy(o.points),
		xy(o.soft),
		box(o.bounds),
		o.gap ?? '',
		o.step ?? ''
	].join('|');
}

function search(callouts: readonly Callout[], opts: PlaceOptions): (Box | null)[] {
	const { avoid = [], bounds, gap = 2, step = 6 } = opts;
	const byX = (ps: readonly { x: number; y: number }[]) => [...ps].sort((a, b) => a.x - b.x);
	const points = byX(opts.points ?? []);
	// The lines on a grid of 3 px cells, to tell whether a leader would cross one.
	const cells = new Set((opts.points ?? []).map((p) => cellOf(p.x, p.y)));
	const crossings = (x0: number, y0: number, x1: number, y1: number) => {
		const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2);
		let hits = 0;
		// The first and last few pixels touch the mark's own line and the label: not crossings.
		for (let i = 3; i < n - 1; i++) {
			const x = x0 + ((x1 - x0) * i) / n;
			const y = y0 + ((y1 - y0) * i) / n;
			if (cells.has(cellOf(x, y))) hits++;
		}
		return hits;
	};
	const soft = byX(opts.soft ?? []);
	const atLeast = pointsAtLeast(points, bounds);
	const taken: Box[] = [...avoid];
	const range = (from: number, to: number, exact: number[]) => {
		const out = exact.filter((v) => v >= from && v <= to);
		for (let v = from; v <= to; v += step) out.push(v);
		return out;
	};
	return callouts.map((c) => {
		const right = c.x + 6;
		const left = c.x - 6 - c.width;
		const above = c.y - gap * 2 - c.height;
		const below = c.y + gap * 2;
		const xs = range(bounds.x, bounds.x + bounds.width - c.width, [right, left]);
		const ys = range(bounds.y, bounds.y + bounds.height - c.height, [above, below]);
		// Every place, nearest first: a place's cost is at least its distance, so once the places left
		// are farther than the best cost found, none can beat it, and the search stops there. Ties go to
		// the place first in the grid's order (x, then y), as a scan of the whole grid would choose.
		// The places are bucketed by whole pixels of distance and each bucket sorted only when the
		// search reaches it: the same order as sorting them all, for the few buckets it looks at.
		const n = xs.length * ys.length;
		const near = new Float64Array(n);
		const keep = new Uint8Array(n);
		let far = 0;
		for (let i = 0; i < xs.length; i++) {
			const x = xs[i]!;
			for (let j = 0; j < ys.length; j++) {
				const y = ys[j]!;
				// The leader's length, with a little preference for right of and above the point.
				const dx = Math.max(x - c.x, c.x - (x + c.width), 0);
				const dy = Math.max(y - c.y, c.y - (y + c.height), 0);
				// Never over the point itself.
				if (dx < 6 && dy < gap * 2) continue;
				const k = i * ys.length + j;
				near[k] = Math.hypot(dx, dy) + (x < c.x ? 4 : 0) + (y > c.y ? 1 : 0);
				keep[k] = 1;
				far = Math.max(far, Math.floor(near[k]!));
			}
		}
		// A counting sort by whole pixels of distance: the places of each bucket in grid order.
		const starts = new Int32Array(far + 2);
		for (let k = 0; k < n; k++) if (keep[k]) starts[Math.floor(near[k]!) + 1]!++;
		for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
		const byNear = new Int32Array(starts[far + 1]!);
		const fill = starts.slice(0, far + 1);
		for (let k = 0; k < n; k++) if (keep[k]) byNear[fill[Math.floor(near[k]!)]!++] = k;
		let best = null as { box: Box; cost: number; order: number } | null;
		const beats = (cost: number, order: number) =>
			!best || cost < best.cost || (cost === best.cost && order < best.order);
		for (const k of nearestFirst(byNear, starts, near)) {
			const x = xs[Math.floor(k / ys.length)]!;
			const y = ys[k % ys.length]!;
			const order = k;
			const dist = near[k]!;
			if (best && dist > best.cost) break;
			if (!beats(dist, order)) continue;
			const box = { x, y, width: c.width, height: c.height };
			if (taken.some((t) => overlaps(t, box, gap))) continue;
			// The points certainly inside (whole pixels within the box) bound the cost from below: a place
			// that cannot beat the best is not counted exactly.
			if (!beats(atLeast(box) * 1000 + dist, order)) continue;
			let cost = countIn(points, box) * 1000 + countIn(soft, box) * 20 + dist;
			if (!beats(cost, order)) continue;
			// A leader (drawn when the label is over 9 px away) should cross as few lines as it can.
			if (dist > 9) {
				const lx = Math.max(box.x, Math.min(box.x + box.width, c.x));
				const ly = Math.max(box.y, Math.min(box.y + box.height, c.y));
				cost += crossings(c.x, c.y, lx, ly) * 40;
			}
			if (beats(cost, order)) best = { box, cost, order };
		}
		if (best) taken.push(best.box);
		return best?.box ?? null;
	});
}

/**
 * The places in order of distance, then of the grid: bucket after bucket (byNear holds each bucket's
 * places from starts[b], in grid order), each bucket sorted only when the search reaches it.
 */
function* nearestFirst(byNear: Int32Array, starts: Int32Array, near: Float64Array) {
	for (let b = 0; b + 1 < starts.length; b++) {
		const bucket = byNear.subarray(starts[b]!, starts[b + 1]!);
		if (bucket.length > 1) bucket.sort((p, q) => near[p]! - near[q]! || p - q);
		yield* bucket;
	}
}

/** The 3 px cell of a pixel, as one number (exact for pixels within ±98,000 of the origin). */
const cellOf = (x: number, y: number) =>
	(Math.floor(x / 3) + 32768) * 65536 + (Math.floor(y / 3) + 32768);

/** The summed-area table's memory, kept between calls (a chart's is the same size every time). */
let table = new Int32Array(0);

/**
 * pointsAtLeast(points, bounds): a function giving, for a box, how many points lie in the whole pixels
 * inside it, at most the exact count (countIn) and read in constant time from a summed-area table of
 * the points per pixel over the bounds. Points outside the bounds are left out (still a lower bound).
 */
function pointsAtLeast(
	points: readonly { x: number; y: number }[],
	bounds: Box
): (box: Box) => number {
	const x0 = Math.floor(bounds.x);
	const y0 = Math.floor(bounds.y);
	const w = Math.max(0, Math.ceil(bounds.x + bounds.width) - x0) + 1;
	const h = Math.max(0, Math.ceil(bounds.y + bounds.height) - y0) + 1;
	if (points.length === 0 || w * h > 4_000_000) return () => 0;
	// sum[(j + 1) * (w + 1) + (i + 1)]: the points in pixels [x0, x0 + i] × [y0, y0 + j].
	if (table.length < (w + 1) * (h + 1)) table = new Int32Array((w + 1) * (h + 1));
	const sum = table;
	sum.fill(0, 0, (w + 1) * (h + 1));
	for (const p of points) {
		const i = Math.floor(p.x) - x0;
		const j = Math.floor(p.y) - y0;
		if (i >= 0 && i < w && j >= 0 && j < h) sum[(j + 1) * (w + 1) + (i + 1)]! += 1;
	}
	for (let j = 1; j <= h; j++)
		for (let i = 1; i <= w; i++) {
			const k = j * (w + 1) + i;
			sum[k]! += sum[k - 1]! + sum[k - (w + 1)]! - sum[k - (w + 1) - 1]!;
		}
	return (b) => {
		// The pixels [a, c) × [d, e) lie wholly inside the box (a point in one is inside it).
		const a = Math.max(0, Math.ceil(b.x) - x0);
		const c = Math.min(w, Math.floor(b.x + b.width) - x0);
		const d = Math.max(0, Math.ceil(b.y) - y0);
		const e = Math.min(h, Math.floor(b.y + b.height) - y0);
		if (c <= a || e <= d) return 0;
		const at = (i: number, j: number) => sum[j * (w + 1) + i]!;
		return at(c, e) - at(a, e) - at(c, d) + at(a, d);
	};
}

/** How many of the points (sorted by x) fall in the box. */
function countIn(points: readonly { x: number; y: number }[], box: Box): number {
	let lo = 0;
	let hi = points.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (points[mid]!.x < box.x) lo = mid + 1;
		else hi = mid;
	}
	let n = 0;
	for (let i = lo; i < points.length && points[i]!.x <= box.x + box.width; i++) {
		if (inside(points[i]!, box)) n++;
	}
	return n;
}

/**
 * stepLinePoints(points, every): samples of a step line (flat, then up at the next point) in pixels,
 * about `every` pixels apart, for placeCallouts to keep labels off.
 */
export function stepLinePoints(
	points: readonly { x: number; y: number }[],
	every = 3
): { x: number; y: number }[] {
	const out: { x: number; y: number }[] = [];
	const segment = (x0: number, y0: number, x1: number, y1: number) => {
		const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / every));
		for (let i = 0; i <= n; i++)
			out.push({ x: x0 + ((x1 - x0) * i) / n, y: y0 + ((y1 - y0) * i) / n });
	};
	for (let i = 1; i < points.length; i++) {
		const p = points[i - 1]!;
		const q = points[i]!;
		segment(p.x, p.y, q.x, p.y);
		if (q.y !== p.y) segment(q.x, p.y, q.x, q.y);
	}
	return out;
}

/**
 * thresholdLabelX(points, y, width, textWidth, fontSize): where along a horizontal rule at y its label
 * (baseline 4 px above the rule) crosses the fewest line points: the right end, the left end or a
 * quarter between; ties go to the right end, where the lines have long passed the threshold.
 */
export function thresholdLabelX(
	points: readonly { x: number; y: number }[],
	y: number,
	width: number,
	textWidth: number,
	fontSize: number
): number {
	const sorted = [...points].sort((a, b) => a.x - b.x);
	const room = Math.max(0, width - 8 - textWidth);
	let best = { x: 4 + room, n: Infinity };
	for (const f of [1, 0, 0.75, 0.5, 0.25]) {
		const x = 4 + room * f;
		const n = countIn(sorted, thresholdLabelBox(x, y, textWidth, fontSize));
		if (n < best.n) best = { x, n };
	}
	return best.x;
}

/** The box a threshold label at x takes: its baseline 4 px above the rule at y. */
export function thresholdLabelBox(x: number, y: number, textWidth: number, fontSize: number): Box {
	return { x: x - 4, y: y - 4 - fontSize * 1.05, width: textWidth + 8, height: fontSize * 1.4 };
}

/** seriesPoints(series, x, y, from, to): samples, in pixels, of each step line inside the window. */
export function seriesPoints(
	series: readonly { points: readonly ChartPoint[] }[],
	x: (t: number) => number,
	y: (count: number) => number,
	from: number,
	to: number
): { x: number; y: number }[] {
	return series.flatMap((s) =>
		stepLinePoints(mergeColumns(visiblePoints(s.points, from, to), x, y))
	);
}

/**
 * A step line's corners in pixels, those less than half a pixel right of the one before merged into
 * it (its x, the last one's count; the first corner is kept as it is): the step line draws the same pixels (the flat part between them
 * is under half a pixel, the rises join into one), and a line of many steps on one day or in one
 * pixel column (100 times the data: thousands) gives placeCallouts hundreds of points, not tens of
 * thousands.
 */
function mergeColumns(
	points: readonly ChartPoint[],
	x: (t: number) => number,
	y: (count: number) => number
): { x: number; y: number }[] {
	const out: { x: number; y: number }[] = [];
	for (const p of points) {
		const px = x(p.t);
		const last = out[out.length - 1];
		// The first corner stays: the line starts there, at its own count.
		if (last && out.length > 1 && px - last.x < 0.5) last.y = y(p.count);
		else out.push({ x: px, y: y(p.count) });
	}
	return out;
}
