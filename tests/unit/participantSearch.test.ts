// The participants search on the real data: names the world uses (codes, short and former names from
// data/participant-aliases.csv), and the order of best matches.
import { describe, expect, it } from 'vitest';
import { buildStatusIndex } from '../../src/lib/data/legalStatus';
import {
	aliasIndex,
	applyFilters,
	filterParticipants,
	filterSessions,
	foldSearchTexts,
	participantRank,
	withStatus
} from '../../src/lib/state/applyFilters';
import { DEFAULT_FILTERS } from '../../src/lib/state/filters';
import { dataset } from './loadData';

const index = buildStatusIndex(dataset);
const aliases = aliasIndex(dataset.participantAliases);
const found = (q: string) =>
	filterParticipants(dataset.participants, index, { ...DEFAULT_FILTERS, q }, aliases).map(
		(p) => p.iso3
	);
/** The matches in the order the table shows them while no column is chosen. */
const ranked = (q: string) =>
	filterParticipants(dataset.participants, index, { ...DEFAULT_FILTERS, q }, aliases)
		.map((p) => ({ iso3: p.iso3, rank: participantRank(p, q, aliases), name: p.name }))
		.sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name))
		.map((p) => p.iso3);

describe('searching participants by the names people use', () => {
	it.each([
		['Turkey', 'TUR'],
		['USA', 'USA'],
		['US', 'USA'],
		['GBR', 'GBR'],
		['UK', 'GBR'],
		['Ivory Coast', 'CIV'],
		['Czech Republic', 'CZE'],
		['Swaziland', 'SWZ'],
		['Burma', 'MMR'],
		['Macedonia', 'MKD'],
		['The former Yugoslav Republic of Macedonia', 'MKD'],
		['St. Lucia', 'LCA'],
		['IT', 'ITA'],
		['vietnam', 'VNM']
	])('"%s" finds %s, first', (q, iso3) => {
		expect(found(q)).toContain(iso3);
		expect(ranked(q)[0]).toBe(iso3);
	});

	it('a two-letter code matches only as a whole term: "IT" is Italy, not every name with "it" in it', () => {
		// Without the code, "it" is text and finds names that hold it; the code puts Italy first.
		expect(ranked('IT')[0]).toBe('ITA');
		// "tr" is in Austria and Trinidad but not in Türkiye or TUR: only its code finds it.
		const asText = filterParticipants(
			dataset.participants,
			index,
			{ ...DEFAULT_FILTERS, q: 'TR' },
			aliasIndex([])
		).map((p) => p.iso3);
		expect(asText).toEqual(expect.arrayContaining(['AUT', 'TTO']));
		expect(asText).not.toContain('TUR');
		expect(ranked('TR')[0]).toBe('TUR');
	});

	it('ranks a whole-phrase match above a match of the terms apart', () => {
		// "Guinea" is the whole name of GIN, a phrase inside "Equatorial Guinea" and "Guinea-Bissau".
		const r = ranked('Guinea');
		expect(r[0]).toBe('GIN');
		expect(r).toEqual(expect.arrayContaining(['GNQ', 'GNB', 'PNG']));
		const gin = dataset.participants.find((p) => p.iso3 === 'GIN');
		const png = dataset.participants.find((p) => p.iso3 === 'PNG');
		if (!gin || !png) throw new Error('fixture');
		expect(participantRank(gin, 'guinea', aliases)).toBe(3);
		expect(participantRank(png, 'guinea', aliases)).toBe(2);
		expect(participantRank(png, 'new papua', aliases)).toBe(1);
		expect(participantRank(png, 'kenya', aliases)).toBe(0);
	});

	it('every alias in the data names a participant and is found by the search', () => {
		for (const a of dataset.participantAliases)
			expect(found(a.alias), a.alias).toContain(a.participant);
	});
});

describe('withStatus, the participants table’s status filter', () => {
	const on = (status: Parameters<typeof withStatus>[2]['status'], statusFor = 'UNTOC' as const) =>
		withStatus(dataset.participants, index, { status, statusFor }, '2010-01-01').map((p) => p.iso3);

	it('"party" is every Party whatever its status: in force, not yet in force, or undated', () => {
		const party = new Set(on('party'));
		const parts = [...on('in-force'), ...on('deposited'), ...on('unknown')];
		expect(party.size).toBe(parts.length);
		expect([...party].sort()).toEqual([...parts].sort());
		// Italy ratified on 2 August 2006; Angola only signed before 2013.
		expect(party.has('ITA')).toBe(true);
		expect(party.has('AGO')).toBe(false);
		expect(on('signed')).toContain('AGO');
	});

	it('null keeps everyone', () => {
		expect(on(null)).toHaveLength(dataset.participants.length);
	});
});

describe('folding the search texts ahead of the first search (foldSearchTexts)', () => {
	const queries = ['Turkey', 'vienna', 'protocol', 'US', 'côte', 'COP 1', '2000', 'Allemagne'];
	/** Every view's search results for the queries, on a copy of the data; folded first or not. */
	function results(foldFirst: boolean) {
		const d = structuredClone(dataset);
		const a = aliasIndex(d.participantAliases);
		const i = buildStatusIndex(d);
		const steps = foldFirst
			? [...foldSearchTexts(d.events, d.copSessions, d.participants, a)].length
			: 0;
		const out = queries.map((q) => {
			const f = { ...DEFAULT_FILTERS, q };
			return [
				applyFilters(d.events, f).map((e) => e.id),
				filterSessions(d.copSessions, f).map((s) => s.session),
				filterParticipants(d.participants, i, f, a).map((p) => p.iso3)
			];
		});
		return { steps, out };
	}
	it('takes one step per event, session and participant, and leaves every result as it was', () => {
		const ahead = results(true);
		expect(ahead.steps).toBe(
			dataset.events.length + dataset.copSessions.length + dataset.participants.length
		);
		expect(ahead.out).toEqual(results(false).out);
		// The queries do find something, or the comparison would say little.
		expect(ahead.out.flat(2).length).toBeGreaterThan(20);
	});
});
