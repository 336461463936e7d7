import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { dayNumber, fromDayNumber, isCalendarDate, spanEnd } from '$lib/data/calendarDate';
import { STATUS_FILTERS } from '$lib/data/legalStatus';
import { CATEGORY_IDS, GROUP_IDS, INSTRUMENT_IDS, MEASURES } from '$lib/data/schema';
import {
	AS_OF_SPAN,
	DEFAULT_FILTERS,
	normalizeFilters,
	TIMELINE_SPAN,
	type Filters
} from './filters';
import { fromQuery, MAX_QUERY_LENGTH, OWNED_PARAMS, toQuery, type QueryContext } from './url';

const EVENT_IDS = ['cop-1', 'cop-12', 'palermo-signing-conference-2000'];
const PARTY_IDS = ['ITA', 'EUU', 'SOM'];
const ctx: QueryContext = {
	eventIds: new Set(EVENT_IDS),
	participantIds: new Set(PARTY_IDS),
	copSessions: new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
};
const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const read = (query: string) => fromQuery(new URLSearchParams(query), ctx);
const write = (fields: Partial<Filters>, base?: string) =>
	decodeURIComponent(
		toQuery(f(fields), base === undefined ? undefined : new URLSearchParams(base)).toString()
	);

/** The ids of `list` are known, in `all` order, without repeats, and not every one of them. */
function isNormalList(list: readonly string[] | null, all: readonly string[]): boolean {
	if (list === null) return true;
	const at = list.map((id) => all.indexOf(id));
	return (
		at.every((i, k) => i >= 0 && (k === 0 || i > (at[k - 1] ?? -1))) && list.length < all.length
	);
}

/** Everything fromQuery promises about its filters, whatever the URL held. */
function expectValid(filters: Filters, eventIds: ReadonlySet<string>) {
	const w = filters.window;
	if (w) {
		expect(isCalendarDate(w.from) && isCalendarDate(w.to)).toBe(true);
		expect(TIMELINE_SPAN.from <= w.from && w.from <= w.to && w.to <= TIMELINE_SPAN.to).toBe(true);
	}
	expect(isNormalList(filters.categories, CATEGORY_IDS)).toBe(true);
	expect(isNormalList(filters.instruments, INSTRUMENT_IDS)).toBe(true);
	expect(Array.from(filters.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
	expect(filters.event === null || eventIds.has(filters.event)).toBe(true);
	expect(MEASURES).toContain(filters.measure);
	if (filters.asOf !== null) {
		expect(isCalendarDate(filters.asOf)).toBe(true);
		expect(AS_OF_SPAN.from <= filters.asOf && filters.asOf <= AS_OF_SPAN.to).toBe(true);
	}
	expect(filters.party === null || PARTY_IDS.includes(filters.party)).toBe(true);
	expect(isNormalList(filters.groups, GROUP_IDS)).toBe(true);
	expect(filters.cop === null || (filters.cop >= 1 && filters.cop <= 12)).toBe(true);
	expect(normalizeFilters(filters)).toEqual(filters);
}

describe('fromQuery for the ratification parameters', () => {
	it.each([
		['measure=in-force', { measure: 'in-force' }, []],
		['measure=IN-FORCE', { measure: 'in-force' }, []],
		['measure=votes', {}, ['measure']],
		['asof=2005-03-04', { asOf: '2005-03-04' }, []],
		['asof=2010', { asOf: '2010-12-31' }, []],
		['asof=2000-02', {}, ['asof']],
		['asof=2031-01-01', {}, ['asof']],
		['asof=2005-02-30', {}, ['asof']],
		['party=ita', { party: 'ITA' }, []],
		['party=XYZ', {}, ['party']],
		['groups=AFR,weog', { groups: ['AFR', 'WEOG'] }, []],
		['groups=none', { groups: [] }, []],
		['groups=EU', {}, ['groups']],
		['cop=3', { cop: 3 }, []],
		['cop=13', {}, ['cop']],
		['cop=1.5', {}, ['cop']],
		['joined=window', { joinedInWindow: true }, []],
		['joined=yes', {}, ['joined']],
		['status=party', { status: 'party' }, []],
		['status=IN-FORCE&statusfor=tip', { status: 'in-force', statusFor: 'TIP' }, []],
		['status=member', {}, ['status']],
		['statusfor=XYZ', {}, ['statusfor']],
		['map=TIP', { map: 'TIP' }, []],
		['map=fir', { map: 'FIR' }, []],
		['map=UNTOC', {}, []],
		['map=EU', {}, ['map']]
	] as const)(
		'fromQuery(%j) reads the measure, as-of date and party or reports them',
		(q, fields, bad) => {
			const r = read(q);
			expect(r.filters).toEqual(f(fields as Partial<Filters>));
			expect(r.ignored.map((i) => i.param)).toEqual(bad);
		}
	);
	it('toQuery writes the table status filter, and its instrument only when not the Convention', () => {
		expect(write({ status: 'party' })).toBe('status=party');
		expect(write({ status: 'signed', statusFor: 'FIR' })).toBe('status=signed&statusfor=FIR');
		expect(write({ statusFor: 'UNTOC' })).toBe('');
	});
	it('toQuery writes the map instrument only when not the default (UNTOC), after the measure', () => {
		expect(write({ map: 'UNTOC' })).toBe('');
		expect(write({ measure: 'in-force', map: 'SOM', asOf: '2010-12-31' })).toBe(
			'measure=in-force&map=SOM&asof=2010-12-31'
		);
	});
	it('toQuery writes the measure only when not the default, and the as-of date in full', () => {
		expect(write({ measure: 'parties' })).toBe('');
		expect(write({ measure: 'signatories', asOf: '2010-12-31', party: 'ITA' })).toBe(
			'measure=signatories&asof=2010-12-31&party=ITA'
		);
	});
});

describe('toQuery', () => {
	it('toQuery(DEFAULT_FILTERS) writes nothing', () => {
		expect(toQuery(DEFAULT_FILTERS).toString()).toBe('');
	});
	it.each([
		['1998-01-01', 'from=1998'],
		['1998-03-01', 'from=1998-03'],
		['1998-03-02', 'from=1998-03-02'],
		['2000-02-29', 'from=2000-02-29']
	])('toQuery(f) writes a window from %s as %s', (from, expected) => {
		expect(write({ window: { from, to: TIMELINE_SPAN.to } })).toBe(expected);
	});
	it.each([
		['2004-12-31', 'to=2004'],
		['2004-06-30', 'to=2004-06'],
		['2000-02-29', 'to=2000-02'],
		['2001-02-28', 'to=2001-02'],
		['2000-02-28', 'to=2000-02-28'],
		['2004-12-30', 'to=2004-12-30']
	])('toQuery(f) writes a window to %s as %s', (to, expected) => {
		expect(write({ window: { from: TIMELINE_SPAN.from, to } })).toBe(expected);
	});
	it('toQuery(f) writes an explicitly empty list as none and a full list not at all', () => {
		expect(write({ categories: [], instruments: [...INSTRUMENT_IDS] })).toBe('categories=none');
		expect(write({ instruments: [] })).toBe('instruments=none');
	});
	it('toQuery(f) writes lists in id order', () => {
		expect(write({ categories: ['other', 'cop'], instruments: ['FIR', 'TIP'] })).toBe(
			'categories=cop,other&instruments=TIP,FIR'
		);
	});
	it('toQuery(f, base) writes its parameters in a fixed order and keeps the others after them', () => {
		const filters = {
			window: { from: '1998-01-01', to: '2004-12-31' },
			categories: ['cop' as const],
			instruments: ['TIP' as const],
			q: 'vienna',
			event: 'cop-1'
		};
		expect(write(filters, 'event=old&view=table&q=x&zoom=2&view=map')).toBe(
			'from=1998&to=2004&categories=cop&instruments=TIP&q=vienna&event=cop-1&view=table&zoom=2&view=map'
		);
	});
	it('toQuery(f, base) drops the parameters of base it owns when f leaves them at default', () => {
		expect(write({}, 'from=1998&q=x&event=cop-1&view=table')).toBe('view=table');
	});
});

describe('fromQuery on ugly input', () => {
	it.each<[string, Partial<Filters>, [string, string][]]>([
		['from=abc', {}, [['from', 'not a date']]],
		['from=1974', {}, [['from', 'before 1975']]],
		['to=2030', {}, [['to', 'after 2024']]],
		['to=1974-12', {}, [['to', 'before 1975']]],
		['from=2025-01-01', {}, [['from', 'after 2024']]],
		[
			'from=2004&to=1998',
			{},
			[
				['from', 'from is after to'],
				['to', 'from is after to']
			]
		],
		['from=2000-02-30', {}, [['from', 'not a date']]],
		['from=1998-13', {}, [['from', 'not a date']]],
		[
			'from=1974&to=2000',
			{ window: { from: '1975-01-01', to: '2000-12-31' } },
			[['from', 'before 1975']]
		],
		[
			'from=1998&to=2030',
			{ window: { from: '1998-01-01', to: '2024-12-31' } },
			[['to', 'after 2024']]
		],
		['categories=cop,,bogus', { categories: ['cop'] }, [['categories', 'unknown category: bogus']]],
		['categories=bogus', {}, [['categories', 'unknown category: bogus']]],
		['categories=none', { categories: [] }, []],
		['categories=COP, Signature', { categories: ['signature', 'cop'] }, []],
		['instruments=none', { instruments: [] }, []],
		['instruments=tip,XYZ', { instruments: ['TIP'] }, [['instruments', 'unknown instrument: XYZ']]],
		['event=missing', {}, [['event', 'no such event']]],
		['event=cop-1', { event: 'cop-1' }, []],
		[
			'from=1998&from=2000',
			{ window: { from: '1998-01-01', to: '2024-12-31' } },
			[['from', 'repeated parameter']]
		],
		['from=&to=', {}, []],
		['q=+Palermo++', { q: 'Palermo' }, []],
		['view=table&zoom=abc', {}, []],
		['from=1975&to=2024', {}, []]
	])('fromQuery(%j) reads %j and reports %j', (query, expected, reported) => {
		const { filters, ignored } = read(query);
		expect(filters).toEqual(normalizeFilters(f(expected)));
		expect(ignored.map((i) => [i.param, i.reason])).toEqual(reported);
	});
	it('fromQuery(params) reads to as the last day the date can mean', () => {
		expect(read('to=2004').filters.window?.to).toBe('2004-12-31');
		expect(read('to=2000-02').filters.window?.to).toBe('2000-02-29');
		expect(read('from=1998-03').filters.window).toEqual({ from: '1998-03-01', to: '2024-12-31' });
	});
	it('fromQuery(params) reports the value it ignored', () => {
		expect(read('from=1998&from=2000&categories=cop,bogus').ignored).toEqual([
			{ param: 'from', value: '2000', reason: 'repeated parameter' },
			{ param: 'categories', value: 'bogus', reason: 'unknown category: bogus' }
		]);
	});
	it('fromQuery(params) cuts q to 200 characters and says so', () => {
		const { filters, ignored } = read(`q=${'é'.repeat(150)}${'😀'.repeat(100)}`);
		expect(Array.from(filters.q)).toHaveLength(MAX_QUERY_LENGTH);
		expect(filters.q.endsWith('😀')).toBe(true);
		expect(ignored.map((i) => i.param)).toEqual(['q']);
		expect(read(`q=${'x'.repeat(MAX_QUERY_LENGTH)}`).ignored).toEqual([]);
	});
	it('fromQuery(params, ctx) reads the window against ctx.span', () => {
		const span = { from: '1990-01-01', to: '1999-12-31' };
		const r = fromQuery(new URLSearchParams('from=1985&to=1995'), { ...ctx, span });
		expect(r.filters.window).toEqual({ from: '1990-01-01', to: '1995-12-31' });
		expect(r.ignored).toEqual([{ param: 'from', value: '1985', reason: 'before 1990' }]);
	});
});

const firstDay = dayNumber(TIMELINE_SPAN.from);
const lastDay = dayNumber(TIMELINE_SPAN.to);
const year = fc.integer({ min: 1975, max: 2024 });
const month = fc
	.tuple(year, fc.integer({ min: 1, max: 12 }))
	.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
/** Any day in the span, with year ends, month ends and 29 February drawn far more often than by chance. */
const day = fc.oneof(
	fc.integer({ min: firstDay, max: lastDay }).map(fromDayNumber),
	year.map((y) => `${y}-01-01`),
	year.map((y) => `${y}-12-31`),
	month.map((m) => `${m}-01`),
	month.map(spanEnd),
	fc.constantFrom(
		'1976-02-29',
		'2000-02-29',
		'2004-02-29',
		'2024-02-29',
		TIMELINE_SPAN.from,
		TIMELINE_SPAN.to
	)
);
const window = fc.option(
	fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
	{ nil: null }
);
const q = fc.oneof(
	fc.constant(''),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc
		.array(
			fc.constantFrom(
				'a',
				'Côte',
				'd’Ivoire',
				',',
				'&',
				'=',
				'+',
				'%20',
				'#',
				'?',
				' ',
				'\t',
				'none',
				'😀'
			),
			{
				maxLength: 12
			}
		)
		.map((parts) => parts.join(''))
);
const validFilters = fc
	.record({
		window,
		categories: fc.option(fc.shuffledSubarray([...CATEGORY_IDS]), { nil: null }),
		instruments: fc.option(fc.shuffledSubarray([...INSTRUMENT_IDS]), { nil: null }),
		q,
		event: fc.option(fc.constantFrom(...EVENT_IDS), { nil: null }),
		measure: fc.constantFrom(...MEASURES),
		map: fc.constantFrom(...INSTRUMENT_IDS),
		asOf: fc.option(
			fc
				.integer({ min: dayNumber(AS_OF_SPAN.from), max: dayNumber(AS_OF_SPAN.to) })
				.map(fromDayNumber),
			{ nil: null }
		),
		party: fc.option(fc.constantFrom(...PARTY_IDS), { nil: null }),
		groups: fc.option(fc.shuffledSubarray([...GROUP_IDS]), { nil: null }),
		cop: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
		joinedInWindow: fc.boolean(),
		status: fc.option(fc.constantFrom(...STATUS_FILTERS), { nil: null }),
		statusFor: fc.constantFrom(...INSTRUMENT_IDS)
	})
	.map((s) => normalizeFilters(s));

/** Values an attacker or a typo might put in an owned parameter. */
const nastyValue = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc.string({ maxLength: 250 }),
	fc
		.tuple(
			fc.integer({ min: -1, max: 10_000 }),
			fc.integer({ min: 0, max: 13 }),
			fc.integer({ min: 0, max: 32 })
		)
		.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
	fc.integer({ min: 1900, max: 2100 }).map(String),
	fc
		.array(fc.constantFrom(...CATEGORY_IDS, ...INSTRUMENT_IDS, 'none', 'bogus', '', ' cop '), {
			maxLength: 12
		})
		.map((ids) => ids.join(',')),
	fc.constantFrom(...EVENT_IDS, 'missing', '__proto__', 'constructor')
);
const nastyPairs = fc
	.array(
		fc.tuple(
			fc.oneof(fc.constantFrom(...OWNED_PARAMS, 'view', '__proto__'), fc.string()),
			nastyValue
		),
		{
			maxLength: 10
		}
	)
	.map((pairs) => {
		const params = new URLSearchParams();
		for (const [k, v] of pairs) params.append(k, v);
		return params;
	});

describe('fromQuery and toQuery properties', () => {
	it('fromQuery(toQuery(s)) gives back any valid state and ignores nothing', () => {
		fc.assert(
			fc.property(validFilters, (s) => {
				const { filters, ignored } = fromQuery(new URLSearchParams(toQuery(s).toString()), ctx);
				expect(filters).toEqual(s);
				expect(ignored).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});
	it('toQuery(s, base) keeps every parameter of base it does not own, in order', () => {
		fc.assert(
			fc.property(validFilters, nastyPairs, (s, base) => {
				const foreign = (p: URLSearchParams) =>
					[...p].filter(([k]) => !(OWNED_PARAMS as readonly string[]).includes(k));
				const out = toQuery(s, base);
				expect(foreign(out)).toEqual(foreign(base));
				expect(fromQuery(out, ctx).filters).toEqual(s);
			}),
			{ numRuns: 200 }
		);
	});
	it('fromQuery(params) never throws and always gives valid, normalized filters', () => {
		const queries = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 80 }).map((str) => new URLSearchParams(str)),
			fc.webQueryParameters().map((str) => new URLSearchParams(str)),
			nastyPairs
		);
		fc.assert(
			fc.property(queries, (params) => {
				const { filters, ignored } = fromQuery(params, ctx);
				expectValid(filters, ctx.eventIds);
				for (const i of ignored) expect(OWNED_PARAMS).toContain(i.param);
			}),
			{ numRuns: 1000 }
		);
	});
	it('fromQuery(toQuery(r)) gives back unchanged whatever fromQuery read from any query', () => {
		fc.assert(
			fc.property(nastyPairs, (params) => {
				const once = fromQuery(params, ctx).filters;
				expect(fromQuery(toQuery(once), ctx)).toEqual({ filters: once, ignored: [] });
			}),
			{ numRuns: 300 }
		);
	});
});

describe('fromQuery reasons, in the interface language', () => {
	afterEach(() => setLang('en'));

	it('fromQuery(params) words each reason in the language current when the notice reads it', async () => {
		const q = `from=abc&q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}&measure=votes&joined=no`;
		const { ignored } = fromQuery(new URLSearchParams(q), ctx);
		expect(ignored.map((i) => i.reason)).toEqual([
			'not a date',
			'longer than 200 characters: cut to 200',
			`not one of ${MEASURES.join(', ')}`,
			'only "window" is understood'
		]);
		await setLang('fr');
		expect(ignored.map((i) => i.reason)).toEqual([
			'ce n’est pas une date',
			'plus de 200 caractères : coupé à 200',
			`valeur attendue parmi : ${MEASURES.join(', ')}`,
			'seule la valeur « window » est comprise'
		]);
		await setLang('ru');
		expect(ignored[1]?.reason).toBe('длиннее 200 символов: сокращено до 200');
	});
});
