import { describe, expect, it } from 'vitest';
import type { Tour } from '$lib/data/schema';
import {
	addStop,
	createTour,
	moveStop,
	removeStop,
	removeTour,
	slugify,
	uniqueId,
	updateStop,
	type Stop
} from './tourEdit';

const stop = (title: string): Stop => ({
	title,
	narration: `About ${title}.`,
	view: 'timeline',
	query: '',
	events: ['cop-1'],
	reveal: null
});
const titles = (tours: Tour[], id: string) =>
	tours.find((t) => t.id === id)?.stops.map((s) => s.title);

describe('tourEdit', () => {
	it('slugify(title) makes a lowercase slug, accents folded; "tour" when nothing is left', () => {
		expect(slugify('COP 4, Vienna — Pérou')).toBe('cop-4-vienna-perou');
		expect(slugify('  ***  ')).toBe('tour');
		expect(slugify('a'.repeat(80))).toHaveLength(60);
	});

	it('uniqueId(base, taken) appends the first free number', () => {
		expect(uniqueId('a', new Set())).toBe('a');
		expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
	});

	it('createTour(tours, …) adds a tour with its first stop, its id clear of every taken one', () => {
		const { tours, id } = createTour(
			[],
			'From Geneva to Vienna',
			'Mine.',
			stop('A'),
			new Set(['from-geneva-to-vienna'])
		);
		expect(id).toBe('from-geneva-to-vienna-2');
		expect(tours).toHaveLength(1);
		expect(titles(tours, id)).toEqual(['A']);
	});

	it('addStop, moveStop and removeStop change one tour and leave the input alone', () => {
		const { tours: t0, id } = createTour([], 'T', 'D', stop('A'));
		const t1 = addStop(addStop(t0, id, stop('B')), id, stop('C'));
		expect(titles(t0, id)).toEqual(['A']);
		expect(titles(t1, id)).toEqual(['A', 'B', 'C']);
		expect(titles(moveStop(t1, id, 0, 2), id)).toEqual(['B', 'C', 'A']);
		expect(titles(moveStop(t1, id, 2, 1), id)).toEqual(['A', 'C', 'B']);
		expect(titles(moveStop(t1, id, 0, -1), id)).toEqual(['A', 'B', 'C']);
		expect(titles(moveStop(t1, id, 1, 9), id)).toEqual(['A', 'C', 'B']);
		expect(titles(removeStop(t1, id, 1), id)).toEqual(['A', 'C']);
		expect(titles(t1, id)).toEqual(['A', 'B', 'C']);
	});

	it("removeStop(tours, id, 0) keeps a tour's last stop (a tour needs one)", () => {
		const { tours, id } = createTour([], 'T', 'D', stop('A'));
		expect(removeStop(tours, id, 0)).toEqual(tours);
	});

	it('updateStop(tours, id, i, patch) changes the fields given; empty notes are dropped', () => {
		const { tours, id } = createTour([], 'T', 'D', stop('A'));
		const t1 = updateStop(tours, id, 0, { title: 'B', notes: 'Say this.' });
		expect(t1[0]?.stops[0]).toMatchObject({
			title: 'B',
			notes: 'Say this.',
			narration: 'About A.'
		});
		expect(updateStop(t1, id, 0, { notes: '  ' })[0]?.stops[0]).not.toHaveProperty('notes');
	});

	it('removeTour(tours, id) removes only that tour', () => {
		const a = createTour([], 'A', 'D', stop('A'));
		const b = createTour(a.tours, 'B', 'D', stop('B'));
		expect(removeTour(b.tours, a.id).map((t) => t.id)).toEqual([b.id]);
	});
});
