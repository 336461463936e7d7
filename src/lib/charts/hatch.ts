/**
 * Diagonal hatching as plain line segments, cut to a shape by geometry: the second channel (besides
 * colour) of the map's "Party by an unknown date". A `<pattern>` fill would be simpler, but ImageMagick
 * draws patterns black, and the exports must draw the same in every renderer (see export/README.md), so
 * the lines are computed here, for the screen and the files alike.
 */

export type Point = [number, number];
export type Ring = Point[];

/**
 * hatchSegments(rings, spacing, angle): the hatch lines inside the rings (even–odd: a ring inside
 * another is a hole), `spacing` apart, at `angle` degrees, as [x1, y1, x2, y2].
 */
export function hatchSegments(
	rings: readonly Ring[],
	spacing: number,
	angle = 45
): [number, number, number, number][] {
	const a = (angle * Math.PI) / 180;
	const [cos, sin] = [Math.cos(a), Math.sin(a)];
	// Rotate so that the hatch lines are horizontal (v = const), scan, rotate back.
	const rot = rings.map((ring) =>
		ring.map(([x, y]): Point => [x * cos + y * sin, -x * sin + y * cos])
	);
	let [lo, hi] = [Infinity, -Infinity];
	for (const ring of rot) for (const [, v] of ring) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
	const out: [number, number, number, number][] = [];
	if (!(hi > lo) || !(spacing > 0)) return out;
	// On a grid shared by every shape (hatches of neighbours line up), never on the shape's own edge.
	for (let v = Math.floor(lo / spacing) * spacing + spacing; v < hi; v += spacing) {
		const us: number[] = [];
		for (const ring of rot) {
			for (let i = 0; i < ring.length; i++) {
				const [u1, v1] = ring[i]!;
				const [u2, v2] = ring[(i + 1) % ring.length]!;
				// Half-open in v, so a vertex on the line is counted once.
				if (v1 <= v !== v2 <= v) us.push(u1 + ((v - v1) / (v2 - v1)) * (u2 - u1));
			}
		}
		us.sort((p, q) => p - q);
		for (let i = 0; i + 1 < us.length; i += 2) {
			const [u1, u2] = [us[i]!, us[i + 1]!];
			if (u2 - u1 < 0.5) continue;
			out.push([u1 * cos - v * sin, u1 * sin + v * cos, u2 * cos - v * sin, u2 * sin + v * cos]);
		}
	}
	return out;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** hatchPath(segments): the segments as one SVG path ("M x y L x y ..."). */
export function hatchPath(segments: readonly [number, number, number, number][]): string {
	return segments.map(([a, b, c, d]) => `M${r1(a)},${r1(b)}L${r1(c)},${r1(d)}`).join('');
}

/** circleRing(x, y, r, n): a circle as a ring of n points, to hatch a dot like a shape. */
export function circleRing(x: number, y: number, r: number, n = 24): Ring {
	return Array.from({ length: n }, (_, i): Point => {
		const t = (2 * Math.PI * i) / n;
		return [x + r * Math.cos(t), y + r * Math.sin(t)];
	});
}
