/**
 * Free-text search over event texts, forgiving of case, accents and typographic apostrophes, so that
 * "cote d'ivoire" finds "Côte d’Ivoire" and "preparatoires" finds "préparatoires".
 *
 * Text is folded one cluster (a character and the combining marks after it) at a time, never as a
 * whole string: folding can change lengths ("ô" is two code units after NFD), and folding per cluster
 * lets highlightParts map every folded position back to the original characters it came from.
 */

export interface TextPart {
	text: string;
	match: boolean;
}

/** A character with its combining marks, or marks with nothing before them. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const MARKS = /\p{M}/gu;
/** Curly and modifier apostrophes, which people type as a straight one. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;

/** One cluster folded: lower case, no diacritics, straight apostrophe, final sigma as sigma. */
function foldCluster(c: string): string {
	return c
		.toLowerCase()
		.normalize('NFD')
		.replace(MARKS, '')
		.replace(APOSTROPHES, "'")
		.replace(/ς/g, 'σ');
}

/**
 * The folded text, and for each of its code units the original [start, end) it came from (for
 * highlightParts). Its text is the whole string folded at once (normalizeForSearch's): lower case is
 * per character but for a final sigma, which becomes sigma either way; NFD decomposes each character
 * alone and reorders only marks, which are dropped.
 */
export function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
	let folded = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (const m of text.matchAll(CLUSTER)) {
		const f = foldCluster(m[0]);
		for (let i = 0; i < f.length; i++) {
			starts.push(m.index);
			ends.push(m.index + m[0].length);
		}
		folded += f;
	}
	return { folded, starts, ends };
}

/** normalizeForSearch(s): lower case, without diacritics, whitespace collapsed to single spaces. */
export function normalizeForSearch(s: string): string {
	// The whole string at once: the same text as cluster by cluster (foldWithMap), without the map,
	// about ten times faster on the dataset's texts (every record's search text is folded this way).
	return foldCluster(s).replace(/\s+/g, ' ').trim();
}

/** The distinct normalized terms of a query, longest first; none for a blank query. */
export function searchTerms(q: string): string[] {
	const terms = normalizeForSearch(q)
		.split(' ')
		.filter((t) => t !== '');
	return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/**
 * A query parsed once per change, not once per record: its terms, and which of them are years.
 * A term that starts or ends with a digit must not continue a number there, so "1" finds "COP 1" but
 * not "COP 10" nor "resolution 5/1", and "55/25" finds A/RES/55/25 but not 55/255.
 */
export interface Query {
	terms: readonly string[];
	/** Four-digit terms, which also match a record whose date falls in that year. */
	years: ReadonlySet<string>;
}

export function parseQuery(q: string): Query {
	const terms = searchTerms(q);
	return { terms, years: new Set(terms.filter((t) => /^\d{4}$/.test(t))) };
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** "/" and "." join numbers into one token ("5/1", "1.5"), so "1" is not found inside them. */
const isJoiner = (c: string | undefined) => c === '/' || c === '.';
const numberBefore = (h: string, i: number) =>
	isDigit(h[i - 1]) || (isJoiner(h[i - 1]) && isDigit(h[i - 2]));
const numberAfter = (h: string, i: number) =>
	isDigit(h[i]) || (isJoiner(h[i]) && isDigit(h[i + 1]));

/** The start of the first occurrence of term in h at or after from that respects digit edges, or -1. */
export function findTerm(h: string, term: string, from = 0): number {
	const leading = isDigit(term[0]);
	const trailing = isDigit(term[term.length - 1]);
	for (let i = h.indexOf(term, from); i !== -1; i = h.indexOf(term, i + 1)) {
		if (leading && numberBefore(h, i)) continue;
		if (trailing && numberAfter(h, i + term.length)) continue;
		return i;
	}
	return -1;
}

/**
 * foldTexts(texts): the texts folded and joined by a line break (no term holds one, so a term never
 * spans two texts): the haystack a record is searched in, computed once and kept by the caller.
 */
export function foldTexts(texts: readonly (string | null)[]): string {
	return texts
		.filter((t) => t !== null)
		.map(normalizeForSearch)
		.join('\n');
}

/**
 * matchesFolded(haystack, query, years): every term occurs in the folded haystack (foldTexts), or is
 * a year among the record's years.
 */
export function matchesFolded(
	haystack: string,
	query: Query,
	years: readonly string[] = []
): boolean {
	return query.terms.every(
		(t) => findTerm(haystack, t) !== -1 || (query.years.has(t) && years.includes(t))
	);
}

/** matchesQuery(texts, q) is true when every term of q occurs in at least one of the texts. */
export function matchesQuery(texts: readonly (string | null)[], q: string): boolean {
	const query = parseQuery(q);
	if (query.terms.length === 0) return true;
	return matchesFolded(foldTexts(texts), query);
}

/**
 * Each text's folding, kept: every shown label and cell is highlighted again on each change of the
 * search while the texts stay the same. Bounded, so a long session cannot grow it without end.
 */
const folds = new Map<string, ReturnType<typeof foldWithMap>>();
const FOLDS = 20_000;
function foldedOnce(text: string): ReturnType<typeof foldWithMap> {
	let f = folds.get(text);
	if (!f) {
		if (folds.size >= FOLDS) folds.clear();
		f = foldWithMap(text);
		folds.set(text, f);
	}
	return f;
}
/** The last query's terms: every highlighted text of one change asks for the same. */
let lastQuery: { q: string; terms: string[] } = { q: '', terms: [] };

/** highlightParts(text, q) splits text into runs, marking every occurrence of any term of q. */
export function highlightParts(text: string, q: string): TextPart[] {
	if (lastQuery.q !== q) lastQuery = { q, terms: searchTerms(q) };
	const terms = lastQuery.terms;
	// Nothing to find: skip folding the text, which is most of the cost (every label is drawn this way).
	if (terms.length === 0) return [{ text, match: false }];
	const { folded, starts, ends } = foldedOnce(text);
	const ranges: [number, number][] = [];
	for (const term of terms) {
		for (let i = findTerm(folded, term); i !== -1; i = findTerm(folded, term, i + 1)) {
			ranges.push([starts[i] ?? 0, ends[i + term.length - 1] ?? text.length]);
		}
	}
	if (ranges.length === 0) return [{ text, match: false }];
	ranges.sort((a, b) => a[0] - b[0]);
	const parts: TextPart[] = [];
	let at = 0;
	let [from, to] = ranges[0] ?? [0, 0];
	const flush = () => {
		if (from > at) parts.push({ text: text.slice(at, from), match: false });
		parts.push({ text: text.slice(from, to), match: true });
		at = to;
	};
	for (const [s, e] of ranges.slice(1)) {
		if (s <= to) to = Math.max(to, e);
		else {
			flush();
			[from, to] = [s, e];
		}
	}
	flush();
	if (at < text.length) parts.push({ text: text.slice(at), match: false });
	return parts;
}

/**
 * matchRank(haystack, q): how well a folded haystack (foldTexts) matches q, for ordering results
 * when the reader has chosen no sort: 2 when the whole phrase occurs, 1 when only its terms do, 0
 * when it does not match (years are not counted here: they are not text).
 */
export function matchRank(haystack: string, q: string): number {
	const phrase = normalizeForSearch(q);
	if (phrase === '') return 0;
	if (findTerm(haystack, phrase) !== -1) return 2;
	return matchesFolded(haystack, parseQuery(q)) ? 1 : 0;
}
