/** The shapes the growth chart's layers share, and the one way they read a step line's value. */
import type { InstrumentId } from '$lib/data/schema';

export interface ChartPoint {
	/** ms since 1970, UTC. */
	t: number;
	count: number;
}

export interface ChartSeries {
	id: InstrumentId;
	points: ChartPoint[];
	/** The count to print at the line's end: every Party, dated or not. */
	total: number;
	/** How many of them have no known date and so are not on the line. */
	leftOut: number;
}

/** A milestone on a line: where, and its label (one string a line) and sentence. */
export interface MilestoneMark {
	id: InstrumentId;
	/** Where on the line, ms. */
	t: number;
	lines: string[];
	/** The whole sentence, for a tooltip. */
	title: string;
}

/** A selected participant's own step on the growth chart and the timeline. */
export interface PartyAction {
	id: InstrumentId;
	kind: 'signature' | 'deposit';
	/** ms since 1970, UTC. */
	t: number;
	/** What it was, in words: "Italy signs the Convention, 12 December 2000". */
	label: string;
}

/**
 * stepValueAt(points, t): the value of a step line at time t, the count of the last point at or before
 * t (0 before the first). Points are in time order; a binary search, so a crosshair stays cheap.
 */
export function stepValueAt(points: readonly ChartPoint[], t: number): number {
	let lo = 0;
	let hi = points.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((points[mid] as ChartPoint).t <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo === 0 ? 0 : (points[lo - 1] as ChartPoint).count;
}

/**
 * visiblePoints(points, from, to): the part of a step line inside [from, to] (ms), cut at the edges
 * with the line's values there, so a zoomed line ends where the plot does. A line that stops earlier
 * (hidden after a date) still stops where its points do.
 */
export function visiblePoints(
	points: readonly ChartPoint[],
	from: number,
	to: number
): ChartPoint[] {
	if (points.length === 0) return [];
	const a = Math.max(from, (points[0] as ChartPoint).t);
	const b = Math.min(to, (points[points.length - 1] as ChartPoint).t);
	if (b < a) return [];
	return [
		{ t: a, count: stepValueAt(points, a) },
		...points.filter((p) => p.t > a && p.t < b),
		...(b > a ? [{ t: b, count: stepValueAt(points, b) }] : [])
	];
}

/**
 * fromFirstRise(points): a step line without its flat start at zero: it begins at zero at the time of
 * its first rise. Lines that have not risen yet lie on the x axis together, and drawn there in their
 * dash patterns they make one speckled band; each line now leaves the axis where its count does. A
 * line that never leaves zero (in the window) is kept whole: it is the only mark of that line there.
 */
export function fromFirstRise(points: readonly ChartPoint[]): readonly ChartPoint[] {
	const rise = points.findIndex((p) => p.count !== 0);
	if (rise <= 0) return points;
	const at = (points[rise] as ChartPoint).t;
	return [{ t: at, count: 0 }, ...points.slice(rise)];
}

/**
 * pixelCorners(points, x, y): a step line's corners in pixels, thinned to those that can be seen. Of
 * each run of corners less than half a pixel right of the run's first, only the first, the lowest, the
 * highest and the last are kept, in their order: the step line through them covers the same pixels
 * (the same rises and falls in that column, entered and left at the same counts), and a line of many
 * steps per pixel column (100 times the data: thousands in view) draws a few points per column.
 */
export function pixelCorners(
	points: readonly ChartPoint[],
	x: (t: number) => number,
	y: (count: number) => number
): { x: number; y: number }[] {
	const out: { x: number; y: number }[] = [];
	const n = points.length;
	const keep = (i: number) => {
		const p = points[i] as ChartPoint;
		out.push({ x: x(p.t), y: y(p.count) });
	};
	for (let i = 0; i < n;) {
		const x0 = x((points[i] as ChartPoint).t);
		let [low, high] = [i, i];
		let [yLow, yHigh] = [y((points[i] as ChartPoint).count), y((points[i] as ChartPoint).count)];
		let j = i + 1;
		for (; j < n; j++) {
			const p = points[j] as ChartPoint;
			if (x(p.t) - x0 >= 0.5) break;
			const py = y(p.count);
			if (py < yLow) [low, yLow] = [j, py];
			if (py > yHigh) [high, yHigh] = [j, py];
		}
		const last = j - 1;
		keep(i);
		const [a, b] = low < high ? [low, high] : [high, low];
		if (a !== i && a !== last) keep(a);
		if (b !== a && b !== i && b !== last) keep(b);
		if (last !== i) keep(last);
		i = j;
	}
	return out;
}
