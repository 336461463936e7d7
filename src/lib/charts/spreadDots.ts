/**
 * The map's dots for small States, pushed apart just enough that none hides another: the Lesser
 * Antilles or Monaco beside San Marino and the Holy See would otherwise sit on one another and could
 * not be told apart or clicked. Each dot moves as little as it can; where it moved, the view draws a
 * thin line back to where it belongs.
 */

export interface Dot {
	x: number;
	y: number;
}

/**
 * spreadDots(dots, gap, bounds, rounds): positions, in the same order, with every two dots at least
 * `gap` apart (as far as `rounds` of pairwise pushes get), kept inside `bounds` [width, height].
 * Deterministic: the same input gives the same output.
 */
export function spreadDots(
	dots: readonly Dot[],
	gap: number,
	bounds: [number, number],
	rounds = 80
): Dot[] {
	const clamp = (v: number, max: number) => Math.min(max - gap / 2, Math.max(gap / 2, v));
	// Inside the bounds first: a dot the bounds move could land on another after the last push.
	const p = dots.map((d) => ({ x: clamp(d.x, bounds[0]), y: clamp(d.y, bounds[1]) }));
	for (let round = 0; round < rounds; round++) {
		let moved = false;
		for (let i = 0; i < p.length; i++) {
			for (let j = i + 1; j < p.length; j++) {
				const a = p[i]!;
				const b = p[j]!;
				let dx = b.x - a.x;
				let dy = b.y - a.y;
				let d = Math.hypot(dx, dy);
				if (d >= gap - 1e-6) continue;
				if (d < 1e-6) {
					// Two dots on the same spot: part them along a fixed direction, by their order.
					[dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
				}
				const push = (gap - d) / 2 + 0.01;
				const [ux, uy] = [dx / d, dy / d];
				a.x -= ux * push;
				a.y -= uy * push;
				b.x += ux * push;
				b.y += uy * push;
				moved = true;
			}
		}
		for (const d of p) [d.x, d.y] = [clamp(d.x, bounds[0]), clamp(d.y, bounds[1])];
		if (!moved) break;
	}
	return p;
}
