/**
 * The keyboard's way around the map: from one State, an arrow key goes to the nearest State in that
 * direction, as a sighted reader's eye would (the next State to the east is to the right), rather than
 * to the next in a list. A State straight ahead is preferred to a nearer one off to the side.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Place {
	id: string;
	x: number;
	y: number;
}

const AXIS: Record<Direction, [number, number]> = {
	left: [-1, 0],
	right: [1, 0],
	up: [0, -1],
	down: [0, 1]
};

/**
 * nearestInDirection(places, from, direction): the id of the place nearest `from` within 60° either
 * side of the direction (distance along it, plus twice the distance off it), or null when none is.
 */
export function nearestInDirection(
	places: readonly Place[],
	from: string,
	direction: Direction
): string | null {
	const start = places.find((p) => p.id === from);
	if (!start) return null;
	const [ax, ay] = AXIS[direction];
	let best: string | null = null;
	let bestScore = Infinity;
	for (const p of places) {
		if (p.id === from) continue;
		const [dx, dy] = [p.x - start.x, p.y - start.y];
		const along = dx * ax + dy * ay;
		const off = Math.abs(dx * ay - dy * ax);
		// Inside the cone: tan 60° ≈ 1.73.
		if (along <= 0 || off > along * 1.73) continue;
		const score = along + 2 * off;
		if (score < bestScore || (score === bestScore && best !== null && p.id < best)) {
			[best, bestScore] = [p.id, score];
		}
	}
	return best;
}
