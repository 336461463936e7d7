/**
 * The address that restores a view, as exports and citations give it: the site's public origin (see
 * $lib/config) with the view's route and query, whether the view was open on the public site, a local
 * server or the offline pack, whose route and query live in the hash (`file:///…/pack.html#/?from=1998`).
 * Without a public origin it falls back to the page's own origin when that is http(s); it never gives
 * a `file:` address, which leads nowhere for a reader.
 */

/** permalink(publicOrigin, href): the public address of the view at href, or null when it has none. */
export function permalink(publicOrigin: string, href: string): string | null {
	const url = new URL(href);
	// The pack is routed by its hash; its file's own path is no route on the public site.
	const route = url.hash.startsWith('#/')
		? url.hash.slice(1)
		: url.protocol === 'file:'
			? '/'
			: `${url.pathname}${url.search}`;
	const web = url.protocol === 'http:' || url.protocol === 'https:';
	const origin = publicOrigin.replace(/\/+$/, '') || (web ? url.origin : '');
	return origin ? `${origin}${route}` : null;
}
