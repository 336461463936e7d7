import { describe, expect, it } from 'vitest';
import { buildStatusIndex } from './legalStatus';
import { sortParticipants } from './sortParticipants';
import { action, instrument, participant } from './testFixtures';

const people = [
	{ ...participant('CIV'), name: "Côte d'Ivoire", group: 'AFR' as const },
	{ ...participant('ALB'), name: 'Albania', group: 'EEG' as const },
	{ ...participant('EUU', 'reio'), name: 'European Union', group: null },
	{ ...participant('CAN'), name: 'Canada', group: 'WEOG' as const }
];
const index = buildStatusIndex({
	instruments: (['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) => instrument(id)),
	participants: people,
	treatyActions: [
		action('ALB', 'UNTOC', { consentDate: '2002-08-21' }),
		action('CAN', 'UNTOC', { consentDate: '2002-05-13' }),
		action('CIV', 'UNTOC', { dateEarliest: '2012-01-01', dateLatest: '2012-12-31' })
	]
});
const names = (key: Parameters<typeof sortParticipants>[1], dir: 'ascending' | 'descending') =>
	sortParticipants(people, key, dir, index).map((p) => p.iso3);

describe('sortParticipants', () => {
	it('sortParticipants(rows, "name") sorts accented names with their letter', () => {
		expect(names('name', 'ascending')).toEqual(['ALB', 'CAN', 'CIV', 'EUU']);
	});
	it('sortParticipants(rows, "group") puts a participant with no group last in both directions', () => {
		expect(names('group', 'ascending').at(-1)).toBe('EUU');
		expect(names('group', 'descending').at(-1)).toBe('EUU');
	});
	it('sortParticipants(rows, "UNTOC") sorts by consent date, an undated Party by its window, none last', () => {
		expect(names('UNTOC', 'ascending')).toEqual(['CAN', 'ALB', 'CIV', 'EUU']);
		expect(names('UNTOC', 'descending')).toEqual(['CIV', 'ALB', 'CAN', 'EUU']);
	});
});
