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

/** The folded text, and for each of its code units the original [start, end) it came from. */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
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
	return foldWithMap(s).folded.replace(/\s+/g, ' ').trim();
}

/** The distinct normalized terms of a query, longest first; none for a blank query. */
export function searchTerms(q: string): string[] {
	const terms = normalizeForSearch(q)
		.split(' ')
		.filter((t) => t !== '');
	return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** matchesQuery(texts, q) is true when every term of q occurs in at least one of the texts. */
export function matchesQuery(texts: readonly (string | null)[], q: string): boolean {
	const terms = searchTerms(q);
	if (terms.length === 0) return true;
	const haystacks = texts.filter((t) => t !== null).map(normalizeForSearch);
	return terms.every((term) => haystacks.some((h) => h.includes(term)));
}

/** highlightParts(text, q) splits text into runs, marking every occurrence of any term of q. */
export function highlightParts(text: string, q: string): TextPart[] {
	const terms = searchTerms(q);
	// Nothing to find: skip folding the text, which is most of the cost (every label is drawn this way).
	if (terms.length === 0) return [{ text, match: false }];
	const { folded, starts, ends } = foldWithMap(text);
	const ranges: [number, number][] = [];
	for (const term of terms) {
		for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + 1)) {
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
