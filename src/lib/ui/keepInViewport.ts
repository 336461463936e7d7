/**
 * keepInViewport: an action for a tooltip or popover placed under what it describes. Once drawn, it is
 * shifted sideways to stay inside the window and, when it would run off the bottom, flipped above
 * its anchor (`flip` pixels: its anchor's height plus both gaps). It runs again when `key` changes,
 * before the next frame.
 */
export interface KeepInViewport {
	/** How far above its place it goes when flipped, beyond its own height. */
	flip: number;
	/** Anything that moves it (its anchor's position). */
	key?: unknown;
}

const MARGIN = 8;

export function keepInViewport(node: HTMLElement, options: KeepInViewport) {
	let o = options;
	const fit = () => {
		node.style.translate = '';
		const r = node.getBoundingClientRect();
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
	fit();
	// Again before the next frame is drawn, once however many times it moved meanwhile: its place is
	// read where the frame lays the page out anyway, not forced out of the layout on every move (a zoom
	// moves it on every frame).
	let frame = 0;
	return {
		update(next: KeepInViewport) {
			o = next;
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
