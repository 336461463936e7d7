/**
 * Where the view's query lives in the address: after `?` in the path on a served site, and inside the
 * hash (`#/present/x?stop=3`) in the offline pack, which is routed by the hash so that it opens from
 * file://. Everything that reads or writes the query goes through here.
 */
import { withLang } from '$lib/ui/href';
import { keepBadEscapes, malformedEscapes } from './readableAddress';
import type { IgnoredParam } from './url';

const HASH = import.meta.env.VITE_UNTOC_PACK === '1';

/**
 * readQuery(): the current view's query parameters. A malformed escape (`from=%zz`) reads as the text
 * it is, the same in both routers, so the notice can show what the address held.
 */
export function readQuery(): URLSearchParams {
	return new URLSearchParams(keepBadEscapes(rawQuery()));
}

/** rawQuery(): the current view's query as the address holds it, escapes and all. */
function rawQuery(): string {
	if (!HASH) return location.search.replace(/^\?/, '');
	const i = location.hash.indexOf('?');
	return i < 0 ? '' : location.hash.slice(i + 1);
}

/** readMalformed(): the parameters of the current query with a malformed escape (see readQuery). */
export function readMalformed(): IgnoredParam[] {
	return malformedEscapes(rawQuery());
}

/**
 * urlWithQuery(search): the address of this page with a new query, for replaceState/pushState. The
 * interface's language is kept in it (it is not the view's to drop).
 */
export function urlWithQuery(search: string): string {
	const full = withLang(search);
	const q = full ? `?${full}` : '';
	if (!HASH) return `${location.pathname}${q}${location.hash}`;
	const route = location.hash.split('?')[0] || '#/';
	return `${route.startsWith('#/') ? route : '#/'}${q}`;
}
