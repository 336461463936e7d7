import { describe, expect, it } from 'vitest';
import { bySession, sessionColumns } from './sessionColumns';
import { sortRows, type SortDirection } from './sortRows';
import { session } from '$fixtures/testFixtures';

const participation = (participantsTotal: number | null) => ({
	...session(0).participation,
	participantsTotal
});
const count = (value: number | null) => ({ ...session(0).outcomeCount, value });
const sessions = [
	session(10, { city: 'Vienna', venue: 'Vienna International Centre', presidingGroup: 'WEOG' }),
	session(2, { city: 'Vienna', venue: null, outcomeCount: count(6) }),
	session(1, {
		city: 'Vienna',
		venue: null,
		participation: participation(800),
		outcomeCount: count(6)
	}),
	session(12, {
		city: null,
		venue: null,
		presidingGroup: 'AFR',
		participation: participation(1200)
	}),
	session(3, { city: 'Bonn', venue: null, outcomeCount: count(4), presidingGroup: 'GRULAC' })
];
const order = (key: string, direction: SortDirection) =>
	sortRows(sessions, sessionColumns, key, direction, bySession).map((s) => s.session);

describe('sessionColumns', () => {
	it('sessionColumns "session" sorts by number, not as text', () => {
		expect(order('session', 'ascending')).toEqual([1, 2, 3, 10, 12]);
		expect(order('session', 'descending')).toEqual([12, 10, 3, 2, 1]);
	});
	it('sessionColumns "place" sorts by city then venue, an unknown place last', () => {
		expect(order('place', 'ascending')).toEqual([3, 1, 2, 10, 12]);
		expect(order('place', 'descending')).toEqual([10, 1, 2, 3, 12]);
	});
	it('sessionColumns "group" sorts by the group name, sessions with none known last', () => {
		expect(order('group', 'ascending')).toEqual([12, 3, 10, 1, 2]);
		expect(order('group', 'descending')).toEqual([10, 3, 12, 1, 2]);
	});
	it('sessionColumns "outcomes" ties keep session order, unknown counts last', () => {
		expect(order('outcomes', 'descending')).toEqual([1, 2, 3, 10, 12]);
	});
	it('sessionColumns "participants" puts sessions with no known total last in both directions', () => {
		expect(order('participants', 'ascending')).toEqual([1, 12, 2, 3, 10]);
		expect(order('participants', 'descending')).toEqual([12, 1, 2, 3, 10]);
	});
	it('sessionColumns "president" does not sort', () => {
		expect(order('president', 'descending')).toEqual([1, 2, 3, 10, 12]);
	});
});
