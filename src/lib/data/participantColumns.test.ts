import { afterEach, describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.js';
import { participantName, registerAliases, setLang } from '$lib/i18n/i18n.svelte';
import { DATA_FILES } from './dataset';
import { buildStatusIndex } from './legalStatus';
import { parseDataset } from './parseDataset';
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

describe('participantColumns in another language', () => {
	const { dataset } = parseDataset(
		readDataDir(new URL('../../../data/', import.meta.url).pathname, DATA_FILES)
	);
	registerAliases(dataset.participantAliases);
	const alpha2 = new Map(
		dataset.participantAliases
			.filter((a) => a.kind === 'alpha-2')
			.map((a) => [a.participant, a.alias])
	);
	const coded = dataset.participants.filter((p) => alpha2.has(p.iso3));
	const realIndex = buildStatusIndex(dataset);
	const realColumns = () => participantColumns(realIndex, dataset.instruments);
	const order = () =>
		sortRows(coded, realColumns(), 'name', 'ascending', byName).map((p) => p.iso3);
	afterEach(() => setLang('en'));

	it("participantName(p) in French is the platform's French name of its alpha-2 code", async () => {
		await setLang('fr');
		const fr = new Intl.DisplayNames(['fr'], { type: 'region' });
		expect(coded.length).toBeGreaterThan(180);
		for (const p of coded) expect(participantName(p)).toBe(fr.of(alpha2.get(p.iso3)!));
		const name = realColumns().find((c) => c.key === 'name')!;
		expect(name.value!(coded.find((p) => p.iso3 === 'DEU')!)).toBe('Allemagne');
		expect(name.label).toBe('Participant');
		expect(realColumns().find((c) => c.key === 'region')!.label).toBe('Région');
	});
	it("participantName(p) in English keeps the dataset's name", () => {
		for (const p of coded) expect(participantName(p)).toBe(p.name);
	});
	it('participantColumns "name" sorts by the names of the language, in its order', async () => {
		// Germany after Austria in English; Allemagne before Autriche in French.
		expect(order().indexOf('DEU')).toBeGreaterThan(order().indexOf('AUT'));
		await setLang('fr');
		expect(order().indexOf('DEU')).toBeLessThan(order().indexOf('AUT'));
		const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
		const names = order().map((iso3) => participantName(coded.find((p) => p.iso3 === iso3)!));
		expect(names).toEqual([...names].sort(collator.compare));
	});
});
