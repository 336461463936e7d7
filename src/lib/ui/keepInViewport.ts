/**
 * keepInViewport: an action for a tooltip or popover placed under what it describes. Once drawn, it is
 * shifted sideways to stay inside the window and, when it would run off the bottom, flipped above
 * its anchor (`flip` pixels: its anchor's height plus both gaps). It is measured again, before the
 * next frame, when `key` (what it shows) changes; when only `at` (where it is placed) changes, as on
 * every frame of a zoom under a tooltip, its new box is worked out from the last measure, without
 * making the browser lay the page out again.
 */
export interface KeepInViewport {
	/** How far above its place it goes when flipped, beyond its own height. */
	flip: number;
	/** What it shows: a change measures it again. */
	key?: unknown;
	/** Where it is placed (its left and top, px), when its position alone may change. */
	at?: readonly [number, number];
}

const MARGIN = 8;

interface Measure {
	box: { left: number; right: number; top: number; bottom: number; height: number };
	at: readonly [number, number] | undefined;
	key: unknown;
	/** The window's scroll and size then: if either changed, the box is measured anew. */
	view: string;
}

const viewNow = () => `${scrollX},${scrollY},${innerWidth},${innerHeight}`;

export function keepInViewport(node: HTMLElement, options: KeepInViewport) {
	let o = options;
	let last: Measure | null = null;
	const place = (r: Measure['box']) => {
		const dx =
			r.right > innerWidth - MARGIN
				? Math.max(MARGIN - r.left, innerWidth - MARGIN - r.right)
				: r.left < MARGIN
					? MARGIN - r.left
					: 0;
		const above = r.top - r.height - o.flip;
		const dy = r.bottom > innerHeight - MARGIN && above >= MARGIN ? -(r.height + o.flip) : 0;
		node.style.translate = dx || dy ? `${Math.round(dx)}px ${Math.round(dy)}px` : '';
	};
	const fit = () => {
		node.style.translate = '';
		const r = node.getBoundingClientRect();
		const box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height };
		last = { box, at: o.at, key: o.key, view: viewNow() };
		place(box);
	};
	fit();
	let frame = 0;
	return {
		update(next: KeepInViewport) {
			o = next;
			const was = last;
			if (was?.at && next.at && Object.is(was.key, next.key) && was.view === viewNow()) {
				const dx = next.at[0] - was.at[0];
				const dy = next.at[1] - was.at[1];
				const b = was.box;
				place({
					left: b.left + dx,
					right: b.right + dx,
					top: b.top + dy,
					bottom: b.bottom + dy,
					height: b.height
				});
				return;
			}
			// Measured before the next frame is drawn, once however many times it changed meanwhile.
			if (!frame)
				frame = requestAnimationFrame(() => {
					frame = 0;
					fit();
				});
		},
		destroy() {
			cancelAnimationFrame(frame);
		}
	};
}
