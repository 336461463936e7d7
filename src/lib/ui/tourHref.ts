/**
 * Links to a presenter's own tour. Pages are prerendered and these tours exist only in the browser, so
 * the tour's id cannot be a path on the site: it is the hash of one prerendered page
 * (`/tours/present#my-tour`), which the presentation's `?stop=` leaves alone. In the offline pack the
 * hash is the route, and the id is a path segment of it (`#/tours/present/my-tour`).
 */
import { href } from './href';

const PACK = import.meta.env.VITE_UNTOC_PACK === '1';

/** tourHref(id, 'present' | 'presenter'): the link that shows one of the presenter's own tours. */
export function tourHref(id: string, mode: 'present' | 'presenter' = 'present'): string {
	const page = mode === 'present' ? '/tours/present' : '/tours/presenter';
	const safe = encodeURIComponent(id);
	// Both carry the language: the pack's hash route as its query, the site's page before the hash.
	return PACK ? href(`${page}/${safe}`) : `${href(page)}#${safe}`;
}

/** tourIdFromHash(hash): the id a site link carries in its hash ('' for none). */
export function tourIdFromHash(hash: string): string {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return '';
	}
}
