/**
 * Where the view's query lives in the address: after `?` in the path on a served site, and inside the
 * hash (`#/present/x?stop=3`) in the offline pack, which is routed by the hash so that it opens from
 * file://. Everything that reads or writes the query goes through here.
 */
const HASH = import.meta.env.VITE_UNTOC_PACK === '1';

/** readQuery(): the current view's query parameters. */
export function readQuery(): URLSearchParams {
	if (!HASH) return new URLSearchParams(location.search);
	const i = location.hash.indexOf('?');
	return new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
}

/** urlWithQuery(search): the address of this page with a new query, for replaceState/pushState. */
export function urlWithQuery(search: string): string {
	const q = search ? `?${search}` : '';
	if (!HASH) return `${location.pathname}${q}${location.hash}`;
	const route = location.hash.split('?')[0] || '#/';
	return `${route.startsWith('#/') ? route : '#/'}${q}`;
}
