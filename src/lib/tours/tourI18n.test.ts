// The tours' own interface text follows the language: problems in a tour file, the store's notices
// (worded when shown, so a notice made before a switch follows it), the proposed stop title, and the
// counts in the stop list with each language's plural forms.
import { afterEach, describe, expect, it } from 'vitest';
import { m, setLang } from '$lib/i18n/i18n.svelte';
import { DEFAULT_FILTERS } from '$lib/state/filters';
import { dataset } from '../../../tests/unit/loadData';
import { problemText } from './problemText';
import { stopDraft } from './stopDraft';
import { readTours, STORE_KEY, type TourStorage } from './tourStore';

afterEach(async () => {
	await setLang('en');
});

const ENGLISH = [
	'is missing',
	'must not be empty',
	'is empty',
	'is too big to be a tour',
	'is not a field of a tour',
	'is not a field of stops.0',
	'must be one of timeline, ratifications, cop-sessions, map',
	"must be one of ar, zh, fr, ru, es (the tour's own text is the English)",
	'must be a tour (an object { … }), not a list',
	'must be text, not a number',
	'must be a list [ … ], not text',
	'must be an object { … }, not null',
	'must be a lowercase slug',
	'a stop must name the events its claims come from',
	'a tour needs at least one stop',
	'must be a real calendar date written YYYY-MM-DD',
	'2024-02-30 is not a calendar date',
	'refers to an event that does not exist: "nowhere"',
	'event=nowhere does not exist',
	'is not valid JSON',
	'is not valid JSON: a trailing comma before "}" at line 3, column 2'
];

describe('tours in the interface language', () => {
	it('problemText(message) gives every known message back unchanged in English', () => {
		for (const message of ENGLISH) expect(problemText(message)).toBe(message);
	});

	it('problemText(message) says each known message in French, keeping what it quotes', async () => {
		await setLang('fr');
		const french = ENGLISH.map(problemText);
		french.forEach((text, i) => expect(text, ENGLISH[i]).not.toBe(ENGLISH[i]));
		expect(problemText('must be text, not a number')).toBe('doit être du texte, pas un nombre');
		expect(problemText('event=nowhere does not exist')).toBe('event=nowhere n’existe pas');
		expect(problemText('is not valid JSON: unexpected "x" at line 2, column 1')).toBe(
			'n’est pas du JSON valide : unexpected "x" at line 2, column 1'
		);
		expect(problemText('something new')).toBe('something new');
	});

	it('readTours(storage).setAside.reason is worded in the language current when it is read', async () => {
		const map = new Map([[STORE_KEY, '{"version": 1, "tours": [']]);
		const storage: TourStorage = {
			getItem: (k) => map.get(k) ?? null,
			setItem: (k, v) => void map.set(k, v),
			key: (i) => [...map.keys()][i] ?? null,
			get length() {
				return map.size;
			}
		};
		const r = readTours(storage, new Date('2026-01-01T00:00:00Z'));
		expect(r.setAside?.reason).toBe('it is not JSON');
		await setLang('es');
		expect(r.setAside?.reason).toBe('no es JSON');
		expect(readTours(null).unavailable).toBe('este navegador no ofrece almacenamiento');
	});

	it('stopDraft(d, f, view) proposes its title in the interface language', async () => {
		await setLang('fr');
		const d = stopDraft(dataset, { ...DEFAULT_FILTERS }, 'ratifications');
		expect(d.title).toBe('Les Parties au fil du temps, 1975–2024');
	});

	it('m.present.tourOption(title, n) uses Russian plural forms (one, few, many)', async () => {
		await setLang('ru');
		expect(m.present.tourOption('Т', 1)).toBe('Т (1 остановка)');
		expect(m.present.tourOption('Т', 3)).toBe('Т (3 остановки)');
		expect(m.present.tourOption('Т', 5)).toBe('Т (5 остановок)');
		expect(m.present.tourOption('Т', 21)).toBe('Т (21 остановка)');
	});

	it('m.present.tourOption(title, n) uses Arabic plural forms (one, two, few, many)', async () => {
		await setLang('ar');
		const n = new Intl.NumberFormat('ar');
		expect(m.present.tourOption('ج', 1)).toBe('ج (محطة واحدة)');
		expect(m.present.tourOption('ج', 2)).toBe('ج (محطتان)');
		expect(m.present.tourOption('ج', 3)).toBe(`ج (${n.format(3)} محطات)`);
		expect(m.present.tourOption('ج', 11)).toBe(`ج (${n.format(11)} محطة)`);
	});

	it('m.present.tourOption keeps the English the app has always shown ("1 stops")', () => {
		expect(m.present.tourOption('Mine', 1)).toBe('Mine (1 stops)');
	});
});
