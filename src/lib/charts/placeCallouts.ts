/**
 * Where a short label goes beside the point it names (a milestone on a line): tried at rows above and
 * below the point, to its right and then its left, and put at the first place, nearest first, that
 * keeps clear of every label already placed and of the lines. Where every place touches a line, the
 * label takes the one crossing the fewest line points (the layer draws it on a paper-coloured halo);
 * a rule (the threshold) may be crossed at a small cost, as the halo keeps the text readable there;
 * where every place touches another label, it is left out rather than printed over one.
 */

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
 * `bounds` the area labels must stay in. Places are tried in rows above and below the point, and
 * further along to the right or left (a leader then joins label and point): the nearest place that
 * crosses no line wins.
 */
export function placeCallouts(
	callouts: readonly Callout[],
	opts: {
		avoid?: readonly Box[];
		points?: readonly { x: number; y: number }[];
		soft?: readonly { x: number; y: number }[];
		bounds: Box;
		/** Space kept between labels, and between a label and its point. */
		gap?: number;
		/** How many rows above and below the point to try. */
		rows?: number;
		/** How far along, in steps of `step` pixels, to try. */
		reach?: number;
		step?: number;
	}
): (Box | null)[] {
	const { avoid = [], points = [], soft = [], bounds, gap = 2, rows = 12 } = opts;
	const { reach = 0, step = 30 } = opts;
	const taken: Box[] = [...avoid];
	const count = (ps: readonly { x: number; y: number }[], box: Box) =>
		ps.reduce((n, p) => (inside(p, box) ? n + 1 : n), 0);
	return callouts.map((c) => {
		let best = null as { box: Box; cost: number } | null;
		for (let j = 0; j <= reach; j++) {
			for (let r = 0; r < rows; r++) {
				for (const above of [true, false]) {
					const y = above
						? c.y - gap * 2 - c.height - r * (c.height + gap)
						: c.y + gap * 2 + r * (c.height + gap);
					for (const right of [true, false]) {
						const x = right ? c.x + 6 + j * step : c.x - 6 - c.width - j * step;
						const box = { x, y, width: c.width, height: c.height };
						if (
							box.x < bounds.x ||
							box.y < bounds.y ||
							box.x + box.width > bounds.x + bounds.width ||
							box.y + box.height > bounds.y + bounds.height ||
							taken.some((t) => overlaps(t, box, gap))
						)
							continue;
						const far = Math.hypot(j * step, r * (c.height + gap));
						const cost =
							count(points, box) * 1000 +
							count(soft, box) * 20 +
							far +
							(right ? 0 : 5) +
							(above ? 0 : 1);
						if (!best || cost < best.cost) best = { box, cost };
					}
				}
			}
		}
		if (best) taken.push(best.box);
		return best?.box ?? null;
	});
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
