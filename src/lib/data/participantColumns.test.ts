import { describe, expect, it } from 'vitest';
import { buildStatusIndex } from './legalStatus';
import { byName, participantColumns } from './participantColumns';
import { sortRows, type SortDirection } from './sortRows';
import { action, instrument, participant } from '$fixtures/testFixtures';

const people = [
	{ ...participant('CIV'), name: "Côte d'Ivoire", group: 'AFR' as const, region: 'Africa' },
	{ ...participant('ALB'), name: 'Albania', group: 'EEG' as const, region: 'Europe' },
	{ ...participant('EUU', 'reio'), name: 'European Union', group: null },
	{ ...participant('CAN'), name: 'Canada', group: 'WEOG' as const, region: 'Americas' },
	{ ...participant('CHL'), name: 'Chile', group: 'GRULAC' as const, region: 'Americas' }
];
const instruments = (['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) => instrument(id));
const index = buildStatusIndex({
	instruments,
	participants: people,
	treatyActions: [
		action('ALB', 'UNTOC', { consentDate: '2002-08-21' }),
		action('CAN', 'UNTOC', { consentDate: '2002-05-13' }),
		action('CHL', 'UNTOC', { consentDate: '2004-11-29' }),
		action('CIV', 'UNTOC', { dateEarliest: '2004-01-01', dateLatest: '2012-12-31' })
	]
});
const columns = participantColumns(index, instruments);
const names = (key: string, direction: SortDirection) =>
	sortRows(people, columns, key, direction, byName).map((p) => p.iso3);

describe('participantColumns', () => {
	it('participantColumns "name" sorts accented names with their letter', () => {
		expect(names('name', 'ascending')).toEqual(['ALB', 'CAN', 'CHL', 'CIV', 'EUU']);
	});
	it('participantColumns "group" puts a participant with no group last in both directions', () => {
		expect(names('group', 'ascending')).toEqual(['CIV', 'ALB', 'CHL', 'CAN', 'EUU']);
		expect(names('group', 'descending')).toEqual(['CAN', 'CHL', 'ALB', 'CIV', 'EUU']);
	});
	it('participantColumns "region" ties fall back to the name, in both directions', () => {
		expect(names('region', 'ascending')).toEqual(['CIV', 'CAN', 'CHL', 'ALB', 'EUU']);
		expect(names('region', 'descending')).toEqual(['ALB', 'CAN', 'CHL', 'CIV', 'EUU']);
	});
	it('participantColumns "UNTOC" sorts by consent date, an undated Party by its window, none last', () => {
		expect(names('UNTOC', 'ascending')).toEqual(['CAN', 'ALB', 'CIV', 'CHL', 'EUU']);
		expect(names('UNTOC', 'descending')).toEqual(['CHL', 'CIV', 'ALB', 'CAN', 'EUU']);
	});
	it('participantColumns "TIP" with no consent at all keeps name order in both directions', () => {
		expect(names('TIP', 'descending')).toEqual(['ALB', 'CAN', 'CHL', 'CIV', 'EUU']);
	});
	it('participantColumns(index, instruments) has one column per instrument, in the order given', () => {
		const two = participantColumns(index, [instruments[3]!, instruments[0]!]);
		expect(two.map((c) => c.key)).toEqual(['name', 'group', 'region', 'FIR', 'UNTOC']);
	});
});
