import { afterEach, describe, expect, it } from 'vitest';
import { m, setLang } from '$lib/i18n/i18n.svelte';
import { action, instrument, participant } from '$fixtures/testFixtures';
import { buildStatusIndex } from '$lib/data/legalStatus';
import { stateStatuses, statusTally } from '$lib/data/mapStatus';
import { exportInfo } from './exportInfo';
import { mapFigureText, mapTable } from './mapExport';
import { euNote, MAP_DISCLAIMER, mapDisclaimer, mapTitle } from './mapText';

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

describe('the map export in the interface’s language', () => {
	afterEach(() => setLang('en'));
	const tally = statusTally(stateStatuses(participants, index, 'UNTOC', '2010-12-31'));
	it('mapFigureText(...) in French names the instrument with its article and keeps the UN’s disclaimer', async () => {
		await setLang('fr');
		const text = mapFigureText(
			mapTitle(instruments[1]!, '2010-12-31'),
			info,
			tally,
			euNote(index, instruments[0]!, '2010-12-31')
		);
		expect(text.title).toBe(
			'Qui était lié par le Protocole relatif à la traite des personnes : chaque État au 31 décembre 2010'
		);
		expect(text.legend[0]!.label).toBe('En vigueur (1)');
		expect(text.footer[0]).toBe(
			'Union européenne (Partie à certains instruments, mais pas un État, donc absente de la carte) : Partie, en vigueur depuis le 20 juin 2004.'
		);
		expect(text.footer[1]).toBe(mapDisclaimer());
		expect(mapDisclaimer()).toMatch(/^Les frontières et les noms indiqués .* des Nations Unies\.$/);
		expect(MAP_DISCLAIMER).toMatch(/^The boundaries and names shown/);
	});
	it('mapTable(...) keeps its column names in every language and words its values in it', async () => {
		await setLang('zh');
		const t = mapTable(participants, index, instruments[0]!, '2006-08-15', positions);
		expect(t.header).toContain('status_in_words');
		const row = Object.fromEntries(t.header.map((h, i) => [h, t.rows[1]![i]]));
		expect(row).toMatchObject({ status: '未签署', drawn_as: '圆点 166.93, -0.52' });
	});
	it('the dimming note picks the Russian plural form of its count', async () => {
		await setLang('ru');
		expect([1, 3, 5, 21].map((n) => m.map.dimmed(n, null).split(';')[0])).toEqual([
			'Фильтры страницы оставили 1 участника',
			'Фильтры страницы оставили 3 участника',
			'Фильтры страницы оставили 5 участников',
			'Фильтры страницы оставили 21 участника'
		]);
	});
	it('the dimming note picks the Arabic plural form of its count, and lists the groups', async () => {
		await setLang('ar');
		expect([0, 1, 2, 3, 11, 100].map((n) => m.map.dimmed(n, null).split(' عوامل')[0])).toEqual([
			'لا مشاركين تعرضهم',
			'مشارك واحد تعرضه',
			'مشاركان تعرضهما',
			'3 مشاركين تعرضهم',
			'11 مشاركًا تعرضهم',
			'100 مشارك تعرضهم'
		]);
		expect(m.map.dimmed(3, ['A', 'B'])).toContain('(A، B)');
		expect(m.map.dimmed(3, [])).toContain('(لا مجموعة إقليمية)');
	});
});
