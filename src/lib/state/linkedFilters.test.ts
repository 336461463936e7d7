// The filters of the linked views other than the events: COP sessions, participants, Parties count.
import { afterEach, describe, expect, it } from 'vitest';
import { registerAliases, setLang } from '$lib/i18n/i18n.svelte';
import { buildStatusIndex, recordOf, statusOf } from '$lib/data/legalStatus';
import type { Participant } from '$lib/data/rowSchemas';
import { INSTRUMENT_IDS, type GroupId } from '$lib/data/schema';
import { action, instrument, participant, session } from '$fixtures/testFixtures';
import {
	filterParticipants,
	filterSessions,
	joinedWithin,
	partiesCount,
	participantRank
} from './applyFilters';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { seededRandom } from '$lib/data/seededRandom';

const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const sources = [{ title: 't', url: 'https://example.org/x' }];
const president = (name: string) => ({ name, country: null, role: 'President', sources });

const sessions = [
	session(1, {
		startDate: '2004-06-28',
		endDate: '2004-07-08',
		presidents: [president('Victor G. Garcia III')],
		outcomes: [
			{
				symbol: 'Decision 1/5',
				kind: 'decision',
				title: 'Trafficking in Persons Protocol',
				titleNote: null,
				sources
			}
		]
	}),
	session(2, {
		startDate: '2005-10-10',
		endDate: '2005-10-21',
		city: 'Palermo',
		country: 'Italy',
		presidingGroup: 'EEG'
	}),
	session(9, {
		startDate: '2018-10-15',
		endDate: '2018-10-19',
		presidents: [president('Senén Florensa Palau')],
		presidingGroup: 'WEOG'
	}),
	session(10, {
		startDate: '2020-10-12',
		endDate: '2020-10-16',
		venue: 'Vienna International Centre (with remote participation)',
		presidingGroup: 'AFR'
	})
];
const numbers = (fields: Partial<Filters>) =>
	filterSessions(sessions, f(fields)).map((s) => s.session);

describe('filterSessions', () => {
	it.each([
		['ending on its first day', { from: '2004-01-01', to: '2004-06-28' }, [1]],
		['starting on its last day', { from: '2004-07-08', to: '2004-12-31' }, [1]],
		['inside it', { from: '2005-10-12', to: '2005-10-13' }, [2]],
		['ending the day before it', { from: '2004-01-01', to: '2004-06-27' }, []],
		['starting the day after it', { from: '2004-07-09', to: '2005-10-09' }, []]
	])('filterSessions(sessions, f) keeps a session with a window %s', (_, window, expected) => {
		expect(numbers({ window })).toEqual(expected);
	});
	it('filterSessions(sessions, f) keeps the sessions presided over by a chosen group', () => {
		expect(numbers({ groups: ['AFR'] })).toEqual([10]);
		expect(numbers({ groups: ['EEG', 'WEOG'] })).toEqual([2, 9]);
		expect(numbers({ groups: [] })).toEqual([]);
	});
	it('filterSessions(sessions, f) shows a session with no known presiding group only when no group is chosen', () => {
		expect(numbers({ groups: null })).toEqual([1, 2, 9, 10]);
		expect(numbers({ groups: ['AFR', 'APG', 'EEG', 'GRULAC'] })).toEqual([2, 10]);
	});
	it.each([
		['a president’s name', 'garcia', [1]],
		['a president’s name without its accents', 'senen florensa', [9]],
		['the city', 'PALERMO', [2]],
		['the venue', 'remote participation', [10]],
		['an outcome title', 'trafficking persons', [1]],
		['terms spread over place and outcomes', 'vienna trafficking', [1]],
		['a term found nowhere', 'geneva', []]
	])('filterSessions(sessions, f) searches %s', (_, q, expected) => {
		expect(numbers({ q })).toEqual(expected);
	});
});

const person = (iso3: string, name: string, group: GroupId | null): Participant => ({
	...participant(iso3),
	name,
	group
});
const participants = [
	person('CIV', 'Côte d’Ivoire', 'AFR'),
	person('EUU', 'European Union', null),
	person('ITA', 'Italy', 'WEOG'),
	person('KEN', 'Kenya', 'AFR'),
	person('NGA', 'Nigeria', 'AFR')
];
const index = buildStatusIndex({
	instruments: INSTRUMENT_IDS.map((id) => instrument(id)),
	participants,
	treatyActions: [
		action('CIV', 'UNTOC', { consentDate: '2004-10-13' }),
		action('EUU', 'UNTOC', { consentDate: '2004-05-21' }),
		action('ITA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2006-08-02' }),
		action('ITA', 'FIR', { consentDate: '2013-02-04' }),
		// Kenya: a Party since some day after 2002-01-01, no known end to the window.
		action('KEN', 'UNTOC', { dateEarliest: '2002-01-01' }),
		// Nigeria: a Party since some day in June 2001.
		action('NGA', 'UNTOC', { dateEarliest: '2001-06-01', dateLatest: '2001-06-30' })
	]
});
const shown = (fields: Partial<Filters>) =>
	filterParticipants(participants, index, f(fields)).map((p) => p.iso3);
const joined = (from: string, to: string, fields: Partial<Filters> = {}) =>
	shown({ joinedInWindow: true, window: { from, to }, ...fields });

describe('filterSessions by label', () => {
	it.each([
		['cop 1', [1]],
		['COP 10', [10]],
		['cop 2005', [2]],
		['cop 9 10', []]
	])(
		'filterSessions(sessions, q %j) matches the session label as a whole number',
		(q, expected) => {
			expect(numbers({ q })).toEqual(expected);
		}
	);
});

describe('filterParticipants', () => {
	it('filterParticipants(participants, index, f) keeps the participants of the chosen groups', () => {
		expect(shown({ groups: ['AFR'] })).toEqual(['CIV', 'KEN', 'NGA']);
		expect(shown({ groups: ['WEOG', 'EEG'] })).toEqual(['ITA']);
	});
	it('filterParticipants(participants, index, f) hides a participant in no group once groups are chosen', () => {
		expect(shown({})).toContain('EUU');
		expect(shown({ groups: ['AFR', 'APG', 'EEG', 'WEOG'] })).toEqual(['CIV', 'ITA', 'KEN', 'NGA']);
	});
	it('filterParticipants(participants, index, f) searches names without regard to accents or apostrophes', () => {
		expect(shown({ q: "cote d'ivoire" })).toEqual(['CIV']);
		expect(shown({ q: 'union' })).toEqual(['EUU']);
	});
	it.each([
		['ita', ['ITA']],
		['KEN', ['KEN']],
		['euu', ['EUU']],
		['it', ['ITA']],
		['ken italy', []]
	])(
		'filterParticipants(participants, index, q %j) finds a participant by its alpha-3 code',
		(q, expected) => {
			expect(shown({ q })).toEqual(expected);
		}
	);
	it('filterParticipants(participants, index, f) with joinedInWindow keeps deposits dated inside the window', () => {
		expect(joined('2004-01-01', '2004-12-31')).toEqual(['CIV', 'EUU']);
		expect(joined('2004-10-13', '2004-10-13')).toEqual(['CIV']);
		expect(joined('2004-10-14', '2006-08-01')).toEqual([]);
	});
	it('filterParticipants(participants, index, f) with joinedInWindow keeps an undated Party only when its whole window lies inside', () => {
		expect(joined('2001-06-01', '2001-06-30')).toEqual(['NGA']);
		expect(joined('2001-06-02', '2001-12-31')).toEqual([]);
		expect(joined('2001-01-01', '2001-06-29')).toEqual([]);
		// Kenya's window has no end, so it never lies inside a window.
		expect(joined('2002-01-01', '2024-12-31')).not.toContain('KEN');
	});
	it('filterParticipants(participants, index, f) with joinedInWindow ignores deposits to instruments not shown', () => {
		expect(joined('2013-01-01', '2013-12-31')).toEqual(['ITA']);
		expect(joined('2013-01-01', '2013-12-31', { instruments: ['UNTOC'] })).toEqual([]);
		expect(joined('2013-01-01', '2013-12-31', { instruments: ['FIR'] })).toEqual(['ITA']);
	});
	it('filterParticipants(participants, index, f) with joinedInWindow but no window keeps everyone', () => {
		expect(shown({ joinedInWindow: true })).toEqual(['CIV', 'EUU', 'ITA', 'KEN', 'NGA']);
	});
	it('filterParticipants(participants, index, f) applies group, search and window together', () => {
		expect(joined('2001-01-01', '2005-12-31', { groups: ['AFR'], q: 'nigeria' })).toEqual(['NGA']);
	});
});

describe('joinedWithin', () => {
	it('joinedWithin(index, iso3, f) is false without a window', () => {
		expect(joinedWithin(index, 'CIV', f({}))).toBe(false);
		expect(
			joinedWithin(index, 'CIV', f({ window: { from: '2004-01-01', to: '2004-12-31' } }))
		).toBe(true);
	});
});

describe('partiesCount', () => {
	it('partiesCount(participants, index, f, asOf) with a window counts who joined within it', () => {
		const window = { from: '2004-01-01', to: '2006-12-31' };
		expect(partiesCount(participants, index, f({ window }), '2001-01-01')).toEqual({
			count: 3,
			joined: true
		});
		const onlyFir = f({ window, instruments: ['FIR'] });
		expect(partiesCount(participants, index, onlyFir, '2025-01-01').count).toBe(0);
	});
	it('partiesCount(participants, index, f, asOf) without a window counts the Parties on the as-of date', () => {
		// Nigeria's window is over by then; Kenya's never ends, so its status stays unknown.
		expect(partiesCount(participants, index, f({}), '2005-01-01')).toEqual({
			count: 3,
			joined: false
		});
		expect(partiesCount(participants, index, f({}), '2001-06-29').count).toBe(0);
		expect(partiesCount(participants, index, f({}), '2006-08-02').count).toBe(4);
	});
	it('partiesCount(participants, index, f, asOf) without a window counts only the instruments shown', () => {
		expect(partiesCount(participants, index, f({ instruments: ['FIR'] }), '2013-02-04').count).toBe(
			1
		);
		expect(partiesCount(participants, index, f({ instruments: ['FIR'] }), '2013-02-03').count).toBe(
			0
		);
	});
	it('partiesCount(participants, index, f, asOf) counts only the participants it is given', () => {
		const africa = participants.filter((p) => p.group === 'AFR');
		expect(partiesCount(africa, index, f({}), '2005-01-01').count).toBe(2);
	});
});

describe('partiesCount on lists it has counted before', () => {
	it('partiesCount counts a list given again (its join days kept by list) as one given fresh', () => {
		const rnd = seededRandom(15);
		const lists = [
			participants,
			participants.filter((p) => p.group === 'AFR'),
			[...participants].reverse(),
			participants.slice(1)
		];
		const day = (y0: number) =>
			`${y0 + Math.floor(rnd() * 12)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
		for (let i = 0; i < 200; i++) {
			const list = lists[Math.floor(rnd() * lists.length)]!;
			const instruments = rnd() < 0.5 ? null : INSTRUMENT_IDS.filter(() => rnd() < 0.5);
			const [a, b] = [day(1998), day(1998)].sort();
			const withWindow = f({ window: { from: a!, to: b! }, instruments });
			expect(partiesCount(list, index, withWindow, '2025-01-01')).toEqual({
				count: list.filter((p) => joinedWithin(index, p.iso3, withWindow)).length,
				joined: true
			});
			// Without a window: the Parties on the as-of date, by their statuses.
			const asOf = day(2000);
			const shown = instruments ?? INSTRUMENT_IDS;
			const party = (p: Participant) =>
				shown.some((id) =>
					['deposited', 'in-force'].includes(statusOf(recordOf(index, p.iso3, id), asOf))
				);
			expect(partiesCount(list, index, f({ instruments }), asOf)).toEqual({
				count: list.filter(party).length,
				joined: false
			});
		}
	});
});

describe('filterParticipants in another language', () => {
	registerAliases([
		{ participant: 'ITA', alias: 'IT', kind: 'alpha-2' },
		{ participant: 'KEN', alias: 'KE', kind: 'alpha-2' }
	]);
	afterEach(() => setLang('en'));
	it('filterParticipants(participants, index, q) finds a State by its name in the language, and still by its English one', async () => {
		expect(shown({ q: 'italie' })).toEqual([]);
		await setLang('fr');
		expect(shown({ q: 'italie' })).toEqual(['ITA']);
		expect(shown({ q: 'italy' })).toEqual(['ITA']);
		await setLang('ru');
		expect(shown({ q: 'кения' })).toEqual(['KEN']);
		expect(shown({ q: 'italie' })).toEqual([]);
	});
	it('participantRank(p, q) ranks the name in the language as a whole match', async () => {
		const italy = participants.find((p) => p.iso3 === 'ITA')!;
		expect(participantRank(italy, 'Italie')).toBe(0);
		await setLang('fr');
		expect(participantRank(italy, 'Italie')).toBe(3);
		expect(participantRank(italy, 'Ital')).toBe(2);
	});
});
