import { describe, expect, it } from 'vitest';
import type { Tour } from '$lib/data/schema';
import {
	readTours,
	SET_ASIDE_PREFIX,
	setAsideKeys,
	STORE_KEY,
	writeTours,
	type TourStorage
} from './tourStore';

/** A Map-backed Storage; `full` makes every write throw as a full localStorage does. */
function fakeStorage(initial: Record<string, string> = {}, full = false) {
	const map = new Map(Object.entries(initial));
	const s: TourStorage & { map: Map<string, string> } = {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new Error('QuotaExceededError');
			map.set(k, String(v));
		},
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		}
	};
	return s;
}

const tour: Tour = {
	id: 'my-tour',
	title: 'My tour',
	description: 'A tour.',
	stops: [
		{
			title: 'Palermo',
			narration: 'Signed.',
			view: 'timeline',
			query: 'from=2000',
			events: ['palermo-signing-conference-2000'],
			reveal: null
		}
	]
};
const now = new Date('2026-12-02T10:00:00Z');

describe('tourStore', () => {
	it('readTours(storage) is empty and clean when nothing is stored', () => {
		expect(readTours(fakeStorage())).toEqual({ tours: [], setAside: null, unavailable: null });
	});

	it('writeTours then readTours gives the same tours back, under a versioned key', () => {
		const s = fakeStorage();
		expect(writeTours(s, [tour])).toBeNull();
		expect(JSON.parse(s.map.get(STORE_KEY) ?? '')).toEqual({ version: 1, tours: [tour] });
		expect(readTours(s, now)).toEqual({ tours: [tour], setAside: null, unavailable: null });
	});

	const bad: [string, string, RegExp][] = [
		['not JSON', '{"version": 1, "tours": [', /not JSON/],
		['an unknown version', JSON.stringify({ version: 2, tours: [tour] }), /version \(2\) is not 1/],
		['no version (an older store)', JSON.stringify([tour]), /not a tour store/],
		['a tours field that is no list', JSON.stringify({ version: 1, tours: {} }), /not a list/],
		['null', 'null', /not a tour store/]
	];
	for (const [what, raw, reason] of bad) {
		it(`readTours(storage) sets aside ${what}: copied to a backup key, reported, never thrown`, () => {
			const s = fakeStorage({ [STORE_KEY]: raw });
			const r = readTours(s, now);
			expect(r.tours).toEqual([]);
			expect(r.setAside?.reason).toMatch(reason);
			expect(r.setAside?.key).toBe(`${SET_ASIDE_PREFIX}2026-12-02T10:00:00.000Z`);
			expect(s.map.get(r.setAside?.key ?? '')).toBe(raw);
			expect(setAsideKeys(s)).toEqual([r.setAside?.key]);
			// The store is rewritten clean, so the next read sets nothing aside again.
			expect(readTours(s, now).setAside).toBeNull();
		});
	}

	it('readTours(storage) keeps the valid tours of a store with one bad tour, and sets the whole text aside', () => {
		const broken = { ...tour, id: 'broken', stops: [] };
		const raw = JSON.stringify({ version: 1, tours: [tour, broken] });
		const s = fakeStorage({ [STORE_KEY]: raw });
		const r = readTours(s, now);
		expect(r.tours).toEqual([tour]);
		expect(r.setAside?.reason).toBe('tour #2 could not be read');
		expect(s.map.get(r.setAside?.key ?? '')).toBe(raw);
	});

	it('readTours(storage) never overwrites an earlier set-aside copy made at the same moment', () => {
		const s = fakeStorage({
			[STORE_KEY]: 'x',
			[`${SET_ASIDE_PREFIX}2026-12-02T10:00:00.000Z`]: 'old'
		});
		const r = readTours(s, now);
		expect(r.setAside?.key).toBe(`${SET_ASIDE_PREFIX}2026-12-02T10:00:00.000Z-2`);
		expect(s.map.get(`${SET_ASIDE_PREFIX}2026-12-02T10:00:00.000Z`)).toBe('old');
	});

	it('readTours(storage) leaves the text where it is when the copy cannot be written (storage full)', () => {
		const s = fakeStorage({ [STORE_KEY]: 'x' }, true);
		const r = readTours(s, now);
		expect(r.setAside?.key).toBe(STORE_KEY);
		expect(r.setAside?.reason).toMatch(/could not be copied aside/);
		expect(s.map.get(STORE_KEY)).toBe('x');
	});

	it('readTours(null) and a throwing storage report that tours cannot be kept', () => {
		expect(readTours(null).unavailable).toMatch(/no storage/);
		const throwing: TourStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {},
			key: () => null,
			length: 0
		};
		expect(readTours(throwing).unavailable).toBe('SecurityError');
	});

	it('writeTours(storage) returns why it could not save instead of throwing', () => {
		expect(writeTours(fakeStorage({}, true), [tour])).toBe('QuotaExceededError');
	});

	it('readTours(storage) drops a second tour with the same id, and says so', () => {
		const raw = JSON.stringify({ version: 1, tours: [tour, tour] });
		const r = readTours(fakeStorage({ [STORE_KEY]: raw }), now);
		expect(r.tours).toEqual([tour]);
		expect(r.setAside?.reason).toBe('tour #2 could not be read');
	});
});
