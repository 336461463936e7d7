import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleTime, whenIdle } from './idleSteps';

function* count(n: number, seen: number[]) {
	for (let i = 0; i < n; i++) yield void seen.push(i);
}

describe('inIdleTime', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});
	it('inIdleTime(steps) runs every step, in order, over idle callbacks of at most their time left', () => {
		const queue: ((d: IdleDeadline) => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (f: (d: IdleDeadline) => void) => queue.push(f));
		vi.stubGlobal('cancelIdleCallback', () => {});
		const seen: number[] = [];
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		// Each step takes 1 ms; each idle period has 3 ms left.
		const steps = count(10, seen);
		const timed = { next: () => ((now += 1), steps.next()) } as Iterator<unknown>;
		inIdleTime(timed);
		let slices = 0;
		while (queue.length > 0) {
			queue.shift()!({ timeRemaining: () => 3, didTimeout: false });
			slices++;
		}
		expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(slices).toBe(4);
	});
	it('inIdleTime(steps)() stops it: no step runs after', () => {
		const queue: ((d: IdleDeadline) => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (f: (d: IdleDeadline) => void) => queue.push(f));
		vi.stubGlobal('cancelIdleCallback', () => {});
		const seen: number[] = [];
		const stop = inIdleTime(count(5, seen));
		stop();
		while (queue.length > 0) queue.shift()!({ timeRemaining: () => 50, didTimeout: false });
		expect(seen).toEqual([]);
	});
	it('without requestIdleCallback, it runs a slice every 50 ms', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const seen: number[] = [];
		inIdleTime(count(3, seen));
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(50);
		expect(seen).toEqual([0, 1, 2]);
	});
	it('whenIdle(run) runs it once, at the first idle callback, and not at all once cancelled', () => {
		const queue: ((d: IdleDeadline) => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (f: (d: IdleDeadline) => void) => queue.push(f));
		vi.stubGlobal('cancelIdleCallback', () => {});
		let runs = 0;
		whenIdle(() => runs++);
		expect(runs).toBe(0);
		while (queue.length > 0) queue.shift()!({ timeRemaining: () => 50, didTimeout: false });
		expect(runs).toBe(1);
		const cancel = whenIdle(() => runs++);
		cancel();
		while (queue.length > 0) queue.shift()!({ timeRemaining: () => 50, didTimeout: false });
		expect(runs).toBe(1);
	});
});
