/**
 * windowTween(from, to): the window (ms) at each moment t ∈ [0, 1] of a move from one time window to
 * another, the way a map flies: the centre glides while the span first widens enough to show both
 * windows, then narrows to the new one, so the room sees where it is going (after van Wijk and Nuij's
 * smooth zooming, which d3's interpolateZoom follows, reduced to one dimension).
 */
export type Window = readonly [number, number];

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function windowTween(from: Window, to: Window): (t: number) => [number, number] {
	const [c0, c1] = [(from[0] + from[1]) / 2, (to[0] + to[1]) / 2];
	const [s0, s1] = [Math.max(1, from[1] - from[0]), Math.max(1, to[1] - to[0])];
	// Wide enough at the middle to hold both windows, never narrower than either end.
	const peak = Math.max(s0, s1, Math.abs(c1 - c0) + (s0 + s1) / 2);
	const [l0, l1, lp] = [Math.log(s0), Math.log(s1), Math.log(peak)];
	// Only when neither end shows both does the path rise above the straight zoom between them.
	const bump = lp > Math.max(l0, l1) + 1e-9 ? lp - (l0 + l1) / 2 : 0;
	return (raw: number) => {
		const t = Math.min(1, Math.max(0, raw));
		if (t === 1) return [to[0], to[1]];
		const e = ease(t);
		const span = Math.exp(l0 + (l1 - l0) * e + 4 * e * (1 - e) * bump);
		const c = c0 + (c1 - c0) * e;
		return [c - span / 2, c + span / 2];
	};
}
