import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	foldTexts,
	foldWithMap,
	highlightParts,
	matchesFolded,
	matchesQuery,
	matchRank,
	normalizeForSearch,
	parseQuery,
	searchTerms
} from './textSearch';

/** The parts written as text with the matches in brackets, to read a test at a glance. */
const marked = (text: string, q: string) =>
	highlightParts(text, q)
		.map((p) => (p.match ? `[${p.text}]` : p.text))
		.join('');

describe('normalizeForSearch', () => {
	it.each([
		['Côte d’Ivoire', "cote d'ivoire"],
		['  Travaux   préparatoires\n', 'travaux preparatoires'],
		['ÅNGSTRÖM', 'angstrom'],
		['cafe\u0301', 'cafe'],
		['São\tTomé', 'sao tome'],
		['ΟΔΟΣ', 'οδοσ'],
		['', '']
	])('normalizeForSearch(%j) is %j', (s, expected) => {
		expect(normalizeForSearch(s)).toBe(expected);
	});
	it('normalizeForSearch(s) folds the whole string to the text highlightParts folds cluster by cluster', () => {
		const byCluster = (s: string) => foldWithMap(s).folded.replace(/\s+/g, ' ').trim();
		const chars = fc.constantFrom(
			...['a', 'Σ', 'ς', 'İ', 'ß', 'ǅ', '\u0301', '\u0323\u0302', 'ᾼ', 'ﬁ', '’', ' ', '\n', '😀'],
			...['\ud800', 'Å', 'ǰ', 'ΐ', '\u0345', 'ﬀ', 'ŉ', '\u1e9e', '\u0130\u0301', 'x']
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'grapheme' }),
					fc.string({ unit: 'binary' }),
					fc.array(chars).map((a) => a.join(''))
				),
				(s) => normalizeForSearch(s) === byCluster(s)
			),
			{ numRuns: 2000 }
		);
	});
	it('normalizeForSearch(s) gives the same text for precomposed and decomposed accents', () => {
		expect(normalizeForSearch('Genève')).toBe(normalizeForSearch('Gene\u0300ve'));
	});
});

describe('searchTerms', () => {
	it('searchTerms(q) drops repeated terms and puts the longest first', () => {
		expect(searchTerms(' cop  Vienna cop ')).toEqual(['vienna', 'cop']);
	});
	it('searchTerms(q) is empty for a blank query', () => {
		expect(searchTerms(' \t ')).toEqual([]);
	});
});

describe('matchesQuery', () => {
	const texts = ['Palermo signing conference', 'Opened for signature', null];
	it.each([
		['', true],
		['   ', true],
		['palermo', true],
		['PALERMO signature', true],
		['palermo vienna', false],
		['ermo sign', true],
		['naples', false]
	])('matchesQuery(texts, %j) is %s', (q, expected) => {
		expect(matchesQuery(texts, q)).toBe(expected);
	});
	it('matchesQuery(texts, q) ignores accents on either side', () => {
		expect(matchesQuery(['Travaux préparatoires published'], 'preparatoires')).toBe(true);
		expect(matchesQuery(['Travaux preparatoires published'], 'préparatoires')).toBe(true);
	});
	it('matchesQuery(texts, q) does not let one term span two texts', () => {
		expect(matchesQuery(['Palermo', 'Italy'], 'palermoitaly')).toBe(false);
	});
	it('matchesQuery([], q) is false for a non-blank query', () => {
		expect(matchesQuery([], 'x')).toBe(false);
	});
});

describe('highlightParts', () => {
	it.each([
		['Côte d’Ivoire', 'cote', '[Côte] d’Ivoire'],
		['Côte d’Ivoire', "d'iv", 'Côte [d’Iv]oire'],
		['Cafe\u0301 Genève', 'cafe geneve', '[Cafe\u0301] [Genève]'],
		['COP1 and COP2', 'cop', '[COP]1 and [COP]2'],
		['Vienna, Austria', 'vien enna', '[Vienna], Austria'],
		['abcabc', 'abc', '[abcabc]'],
		['aaaa', 'aa', '[aaaa]'],
		['Palermo', 'naples', 'Palermo'],
		['Palermo', '', 'Palermo']
	])('highlightParts(%j, %j) marks %j', (text, q, expected) => {
		expect(marked(text, q)).toBe(expected);
	});
	it('highlightParts(text, "") gives the whole text as one unmatched part', () => {
		expect(highlightParts('Vienna, Austria', '')).toEqual([
			{ text: 'Vienna, Austria', match: false }
		]);
	});
	it('highlightParts(text, q) keeps the original characters of a match', () => {
		expect(highlightParts('Côte d’Ivoire', 'COTE')).toEqual([
			{ text: 'Côte', match: true },
			{ text: ' d’Ivoire', match: false }
		]);
	});
	it('highlightParts(text, q) gives back the text and never two runs of the same kind in a row', () => {
		const chars = fc.constantFrom('a', 'A', 'á', 'e\u0301', 'ô', ' ', '’', "'", 'ß', '😀', 'Σ');
		const text = fc.array(chars, { maxLength: 20 }).map((a) => a.join(''));
		fc.assert(
			fc.property(text, text, (t, q) => {
				const parts = highlightParts(t, q);
				expect(parts.map((p) => p.text).join('')).toBe(t);
				parts.forEach((p, i) => {
					if (i > 0) expect(p.match).not.toBe(parts[i - 1]?.match);
					if (p.match) expect(p.text).not.toBe('');
				});
				const anyTermFound = searchTerms(q).some((term) => matchesQuery([t], term));
				expect(parts.some((p) => p.match)).toBe(anyTermFound);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('whole-number terms and years', () => {
	it.each([
		[['COP 1'], 'cop 1', true],
		[['COP 10'], 'cop 1', false],
		[['COP 11', 'COP 12'], 'cop 1', false],
		[['resolution 55/25'], '55/25', true],
		[['resolution 55/255'], '55/25', false],
		[['resolution 155/25'], '55/25', false],
		[['COP1'], '1', true],
		[['COP 5', 'Resolution 5/1'], 'cop 1', false],
		[['Decision 1/5'], '1', false],
		[['version 1.5'], '1', false],
		[['COP 1.'], '1', true],
		[['A/RES/55/25'], '55/25', true],
		[['2000-12-12'], '2000', true],
		[['20001'], '2000', false],
		[['Protocol'], 'prot', true]
	])('matchesQuery(%j, %j) is %s', (texts, q, expected) => {
		expect(matchesQuery(texts, q)).toBe(expected);
	});
	it.each([
		['Palermo signing conference', 'palermo 2000', ['2000'], true],
		['Palermo signing conference', 'palermo 2000', ['2001'], false],
		['Palermo signing conference', 'palermo 200', ['2000'], false],
		['Vienna', 'vienna 2004', [], false]
	])('matchesFolded(%j, %j, years %j) is %s', (text, q, years, expected) => {
		expect(matchesFolded(foldTexts([text]), parseQuery(q), years)).toBe(expected);
	});
	it.each([
		['COP 1 and COP 10', 'cop 1', '[COP] [1] and [COP] 10'],
		['55/25 and 55/255', '55/25', '[55/25] and 55/255']
	])('highlightParts(%j, %j) marks whole numbers only', (text, q, expected) => {
		expect(marked(text, q)).toBe(expected);
	});
	it('foldTexts(texts) never lets a term span two texts', () => {
		expect(matchesFolded(foldTexts(['ab', 'cd']), parseQuery('bc'))).toBe(false);
	});
});

describe('matchRank', () => {
	it.each([
		['Palermo signing conference', 'signing conference', 2],
		['Conference for signing, in Palermo', 'signing conference', 1],
		['Palermo', 'signing conference', 0],
		['COP 10', 'cop 1', 0],
		['COP 1', 'COP 1', 2],
		['anything', '  ', 0]
	])('matchRank(foldTexts([%j]), %j) is %i', (text, q, expected) => {
		expect(matchRank(foldTexts([text]), q)).toBe(expected);
	});
});
