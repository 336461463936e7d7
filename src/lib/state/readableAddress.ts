/**
 * Any address must open the page: a percent sign that starts no escape (`%zz`, a lone `%`) or an
 * escape that is no UTF-8 (`%E0%A4%A`) is kept as the text it is, never a reason to throw. The
 * browser's decoders (decodeURI, decodeURIComponent) throw on both, and SvelteKit's router calls them on
 * the path, and, in the offline pack, on the whole hash: these functions rewrite an address, before the
 * router reads it, into one whose every escape decodes, the broken ones written as `%25…` so that they
 * read back as themselves.
 */
import { m } from '$lib/i18n/i18n.svelte';
import { reportParam as report } from '$lib/i18n/locales';
import type { IgnoredParam } from './url';

/** The number of bytes of the UTF-8 sequence a lead byte starts; 0 for a byte that starts none. */
function sequenceLength(byte: number): number {
	if (byte < 0x80) return 1;
	if (byte >= 0xc2 && byte <= 0xdf) return 2;
	if (byte >= 0xe0 && byte <= 0xef) return 3;
	if (byte >= 0xf0 && byte <= 0xf4) return 4;
	return 0;
}

/**
 * The decoded text, or null where decodeURIComponent throws. The result is returned, not only tested
 * for a throw: the production minifier takes decodeURIComponent for pure and drops a call whose result
 * is unused, which made every sequence look decodable in the built app.
 */
const decoded = (s: string): string | null => {
	try {
		return decodeURIComponent(s);
	} catch {
		return null;
	}
};

/**
 * keepBadEscapes(s): s with every `%` that does not start a decodable escape (one byte, or a whole
 * UTF-8 sequence) written as `%25`, so that decodeURIComponent never throws on it and gives back the
 * broken part as the text it was. Valid escapes are left as they are; keepBadEscapes of its own result
 * changes nothing.
 */
export function keepBadEscapes(s: string): string {
	let out = '';
	let i = 0;
	while (i < s.length) {
		if (s[i] !== '%') {
			out += s[i];
			i += 1;
			continue;
		}
		const lead = /^%[0-9a-f]{2}/i.test(s.slice(i, i + 3))
			? parseInt(s.slice(i + 1, i + 3), 16)
			: -1;
		const n = lead < 0 ? 0 : sequenceLength(lead);
		const sequence = s.slice(i, i + 3 * n);
		if (n > 0 && sequence.length === 3 * n && decoded(sequence) !== null) {
			out += sequence;
			i += 3 * n;
		} else {
			out += '%25';
			i += 1;
		}
	}
	return out;
}

/**
 * packHash(hash): the offline pack's hash as SvelteKit's hash router can read it. The router decodes the
 * whole hash once when it starts (and writes that back into the address), decodes the route's path
 * again to match it, and an anchor (`#/about#contents`) again to find it: so each of those is made
 * decodable and the whole escaped once more. The query is only escaped once more, so the address the
 * page ends up with holds the query as it was given, for readQuery to read and to report.
 */
export function packHash(hash: string): string {
	const body = hash.replace(/^#/, '');
	const [, path = '', query = '', anchor = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/s.exec(body) ?? [];
	const escape = (s: string) => s.replace(/%/g, '%25');
	return `#${escape(keepBadEscapes(path))}${escape(query)}${escape(keepBadEscapes(anchor))}`;
}

/**
 * What a query's malformed escapes are reported as, in English: the value is still used, as its text.
 * The notice reads it in the interface's language (`m.frame.reasonMalformed`).
 */
export const MALFORMED = 'malformed % escape: read as the text it is';

/**
 * malformedEscapes(query): one report per parameter (by name, once) whose name or value holds a
 * malformed escape, with the value as readQuery reads it, for the notice.
 */
export function malformedEscapes(query: string): IgnoredParam[] {
	const out: IgnoredParam[] = [];
	for (const pair of query.replace(/^\?/, '').split('&')) {
		const kept = keepBadEscapes(pair);
		if (kept === pair) continue;
		const [[param, value] = ['', '']] = new URLSearchParams(kept);
		if (!out.some((i) => i.param === param))
			out.push(report(param, value, () => m.frame.reasonMalformed));
	}
	return out;
}

/** withMalformed(ignored, malformed): the page's reports, then each malformed one not already named. */
export function withMalformed(
	ignored: readonly IgnoredParam[],
	malformed: readonly IgnoredParam[]
): IgnoredParam[] {
	return [...ignored, ...malformed.filter((m) => !ignored.some((i) => i.param === m.param))];
}
