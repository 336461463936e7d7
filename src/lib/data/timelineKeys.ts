/**
 * What a key means on the timeline, as data: which event to move to, or which zoom to make. The view
 * only carries the answer out, so the keyboard model is tested here without a browser. ← → walk events
 * in time order, ↑ ↓ go to the nearest event in the lane above or below (skipping empty lanes), Home
 * End jump to the ends; + − zoom, Shift+← → pan, 0 shows the whole span, Esc closes what is open.
 */

/** What the keyboard model needs of an event: its lane, its place in time, and its id. */
export interface KeyItem {
	id: string;
	lane: number;
	/** Where it sits, in days (for ↑ ↓: the nearest in time). */
	at: number;
}

export type KeyIntent =
	| { kind: 'focus'; id: string }
	| { kind: 'zoom'; factor: number }
	| { kind: 'pan'; fraction: number }
	| { kind: 'reset' }
	| { kind: 'close' };

/**
 * nextEvent(ordered, current, key): the event an arrow, Home or End key moves to from current (null:
 * none focused yet), or undefined when the key is not a move. `ordered` is every event in time order;
 * at an end the focus stays where it is.
 */
export function nextEvent<T extends KeyItem>(
	ordered: readonly T[],
	current: T | null,
	key: string
): T | undefined {
	const index = current ? ordered.indexOf(current) : -1;
	switch (key) {
		case 'ArrowRight':
			return index < 0 ? ordered[0] : (ordered[index + 1] ?? ordered[index]);
		case 'ArrowLeft':
			return index < 0 ? ordered[0] : (ordered[index - 1] ?? ordered[index]);
		case 'ArrowUp':
		case 'ArrowDown':
			return current
				? (nearestInLane(ordered, current, key === 'ArrowUp' ? -1 : 1) ?? current)
				: ordered[0];
		case 'Home':
			return ordered[0];
		case 'End':
			return ordered[ordered.length - 1];
	}
	return undefined;
}

/** The event nearest in time to `from` in the first lane above (dir -1) or below (1) that has one. */
function nearestInLane<T extends KeyItem>(
	items: readonly T[],
	from: T,
	dir: 1 | -1
): T | undefined {
	const lanes = items.map((it) => it.lane);
	const last = Math.max(-1, ...lanes);
	for (let lane = from.lane + dir; lane >= 0 && lane <= last; lane += dir) {
		let best: T | undefined;
		for (const it of items) {
			if (it.lane === lane && (!best || Math.abs(it.at - from.at) < Math.abs(best.at - from.at)))
				best = it;
		}
		if (best) return best;
	}
	return undefined;
}

/** timelineKey(key, shift, ordered, current): what the key asks for, or null when it is not ours. */
export function timelineKey<T extends KeyItem>(
	key: string,
	shift: boolean,
	ordered: readonly T[],
	current: T | null
): KeyIntent | null {
	if (shift && (key === 'ArrowLeft' || key === 'ArrowRight'))
		return { kind: 'pan', fraction: key === 'ArrowLeft' ? -0.2 : 0.2 };
	switch (key) {
		case '+':
		case '=':
			return { kind: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', factor: 0.5 };
		case '0':
			return { kind: 'reset' };
		case 'Escape':
			return { kind: 'close' };
	}
	const to = nextEvent(ordered, current, key);
	return to ? { kind: 'focus', id: to.id } : null;
}
