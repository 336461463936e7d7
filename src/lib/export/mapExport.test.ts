import { describe, expect, it } from 'vitest';
import { action, instrument, participant } from '$fixtures/testFixtures';
import { buildStatusIndex } from '$lib/data/legalStatus';
import { stateStatuses, statusTally } from '$lib/data/mapStatus';
import { exportInfo } from './exportInfo';
import { mapFigureText, mapTable } from './mapExport';
import { euNote, MAP_DISCLAIMER, mapTitle } from './mapText';

const instruments = (['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) => instrument(id));
const participants = [participant('ITA'), participant('NRU'), participant('EUU', 'reio')];
const index = buildStatusIndex({
	instruments,
	participants,
	treatyActions: [
		action('ITA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2006-08-02' }),
		action('EUU', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2004-05-21' })
	]
});
const positions = [
	{
		iso3: 'NRU',
		longitude: 166.93,
		latitude: -0.52,
		method: 'centroid',
		source: 'Natural Earth, https://example.org',
		line: 2
	}
];
const info = exportInfo({
	subtitle: () => 's',
	filters: () => 'Convention',
	asOf: () => null,
	dataAsOf: '2025-04-09',
	permalink: () => null,
	today: () => '2026-01-01'
});

describe('mapFigureText', () => {
	const tally = statusTally(stateStatuses(participants, index, 'UNTOC', '2010-12-31'));
	const text = mapFigureText(
		mapTitle(instruments[0]!, '2010-12-31'),
		info,
		tally,
		euNote(index, instruments[0]!, '2010-12-31')
	);
	it('mapFigureText(...) states the date once, in the title, and counts each status in the legend', () => {
		expect(text.title).toBe('Who was bound by the UNTOC: every State on 31 December 2010');
		expect(text.subtitle).not.toContain('2010');
		expect(text.legend.map((l) => l.label)).toEqual([
			'In force (1)',
			'Party, not yet in force (0)',
			'Party by an unknown date (0)',
			'Signed (0)',
			'Not a signatory (1)',
			'Other areas (no State in the data)'
		]);
		expect(text.legend[2]!.hatch).toBeTruthy();
	});
	it('mapFigureText(...) carries the EU, the disclaimer and the geometry’s source before the page footer', () => {
		expect(text.footer[0]).toMatch(/^European Union .*: Party, in force since 20 June 2004\.$/);
		expect(text.footer[1]).toBe(MAP_DISCLAIMER);
		expect(text.footer[2]).toContain('Natural Earth');
		expect(text.footer.at(-1)).toMatch(/^Cite: /);
	});
	it('mapFigureText(...) leaves out filters that do not change the map, and says what dims it', () => {
		expect(text.subtitle).not.toContain('Convention');
		const dimmed = mapFigureText(
			't',
			info,
			tally,
			'eu',
			'2 participants shown; other States dimmed'
		);
		expect(dimmed.subtitle).toContain('other States dimmed');
	});
});

describe('mapTable', () => {
	const t = mapTable(participants, index, instruments[0]!, '2006-08-15', positions);
	it('mapTable(...) has one row per State, none for the EU, with its status and sources', () => {
		expect(t.rows.map((r) => r[0])).toEqual(['ITA', 'NRU']);
		const row = Object.fromEntries(t.header.map((h, i) => [h, t.rows[0]![i]]));
		expect(row).toMatchObject({
			status: 'Party, not yet in force',
			status_in_words: 'Party since 2 August 2006, in force from 1 September 2006',
			consent_deposited: '2006-08-02',
			drawn_as: 'shape'
		});
		expect(String(row.source)).toContain('https://example.org/source');
	});
	it('mapTable(...) says a dot is a dot and cites its position', () => {
		const row = Object.fromEntries(t.header.map((h, i) => [h, t.rows[1]![i]]));
		expect(row.status).toBe('Not a signatory');
		expect(row.drawn_as).toBe('dot at 166.93, -0.52');
		expect(String(row.source)).toContain('position: Natural Earth');
	});
});
