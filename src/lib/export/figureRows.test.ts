import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { buildStatusIndex } from '$lib/data/legalStatus';
import { action, event, instrument, participant } from '$fixtures/testFixtures';
import { chartTable, eventsTable, participantsTable } from './figureRows';

const index = buildStatusIndex({
	instruments: (['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) => instrument(id)),
	participants: [participant('AAA'), participant('BBB'), participant('CCC')],
	treatyActions: [
		action('AAA', 'UNTOC', {
			signatureDate: '2000-12-12',
			consentDate: '2002-01-10',
			source: 'https://a.example/1'
		}),
		action('BBB', 'UNTOC', { consentDate: '2004-05-01', source: 'https://b.example/1' }),
		action('CCC', 'UNTOC', {
			dateEarliest: '2017-01-01',
			dateLatest: '2017-12-31',
			source: 'https://c.example/1'
		})
	]
});

describe('chartTable', () => {
	it('chartTable gives each dated change in the window with the running count and its source', () => {
		const t = chartTable(index, ['UNTOC'], 'parties', '2003-01-01', '2024-12-31');
		expect(t.rows[0]).toEqual([
			'2004-05-01',
			'UNTOC',
			'BBB',
			'consent deposited',
			2,
			'https://b.example/1'
		]);
	});
	it('chartTable lists an undated Party with its window and no date or count', () => {
		const t = chartTable(index, ['UNTOC'], 'parties', '2000-01-01', '2024-12-31');
		expect(t.rows.at(-1)).toEqual([
			null,
			'UNTOC',
			'CCC',
			'consent deposited: date not known, between 2017-01-01 and 2017-12-31',
			null,
			'https://c.example/1'
		]);
	});
	it('chartTable for signatories lists signatures only', () => {
		expect(chartTable(index, ['UNTOC'], 'signatories', '2000-01-01', '2024-12-31').rows).toEqual([
			['2000-12-12', 'UNTOC', 'AAA', 'signature', 1, 'https://a.example/1']
		]);
	});
});

describe('eventsTable and participantsTable', () => {
	it('eventsTable(events) has one row per event with its sources', () => {
		const t = eventsTable([event('cop-1', '2004-06-28', { category: 'cop' })]);
		expect(t.rows).toEqual([
			[
				'cop-1',
				'2004-06-28',
				null,
				'day',
				'cop-1',
				'Conference of the Parties',
				null,
				'',
				't, https://example.org/x'
			]
		]);
	});
	it('participantsTable gives each instrument’s steps and status on the as-of date', () => {
		const t = participantsTable([participant('AAA')], index, ['UNTOC'], '2001-06-30');
		expect(t.header).toContain('UNTOC_status_2001-06-30');
		expect(t.rows[0]?.slice(4, 8)).toEqual(['2000-12-12', null, '2002-01-10', 'Signed']);
	});
});

describe('the CSV’s words in the interface’s language', () => {
	afterEach(() => setLang('en'));
	it('eventsTable and chartTable in Spanish write the category and the steps in Spanish, the column names as in English', async () => {
		const header = chartTable(index, ['UNTOC'], 'parties', '2000-01-01', '2024-12-31').header;
		await setLang('es');
		const events = eventsTable([event('cop-1', '2004-06-28', { category: 'cop' })]);
		expect(events.header[5]).toBe('category');
		expect(events.rows[0]?.[5]).toBe('Conferencia de las Partes');
		const t = chartTable(index, ['UNTOC'], 'parties', '2000-01-01', '2024-12-31');
		expect(t.header).toEqual(header);
		expect(t.rows[0]?.[3]).toBe('consentimiento depositado');
		expect(t.rows.at(-1)?.[3]).toBe(
			'consentimiento depositado: fecha desconocida, entre 2017-01-01 y 2017-12-31'
		);
	});
});
