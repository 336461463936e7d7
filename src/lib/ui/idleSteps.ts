/**
 * inIdleTime(steps): runs an iterator's steps while the browser is idle, at most SLICE ms at a time so
 * that a click or a key waits no longer than that, until it is done or the returned function stops it.
 * Where requestIdleCallback is missing (Safari), a slice runs every IDLE_GAP ms instead.
 */
const SLICE = 8;
const IDLE_GAP = 50;

/** whenIdle(run): runs run once, the next time the browser is idle; the returned function cancels it. */
export function whenIdle(run: () => void): () => void {
	return inIdleTime({ next: () => (run(), { done: true, value: undefined }) });
}

export function inIdleTime(steps: Iterator<unknown>): () => void {
	const idle = typeof requestIdleCallback === 'function';
	let handle = 0;
	let stopped = false;
	const schedule = () =>
		(handle = idle
			? requestIdleCallback(slice)
			: (setTimeout(slice, IDLE_GAP) as unknown as number));
	function slice(deadline?: IdleDeadline) {
		if (stopped) return;
		const end = performance.now() + Math.min(SLICE, deadline?.timeRemaining() ?? SLICE);
		do if (steps.next().done) return;
		while (performance.now() < end);
		schedule();
	}
	schedule();
	return () => {
		stopped = true;
		if (idle) cancelIdleCallback(handle);
		else clearTimeout(handle);
	};
}
