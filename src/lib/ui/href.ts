/**
 * Links inside the app. On a served site they are resolved paths; in the offline pack (one HTML file,
 * routed by the hash) they stay inside the same file: `#/about`. Every link carries the interface's
 * language (`?lang=fr`), so following one keeps it.
 */
import { resolve } from '$app/paths';
import { lang } from '$lib/i18n/i18n.svelte';
import { LANG_PARAM } from '$lib/i18n/locales';

const PACK = import.meta.env.VITE_UNTOC_PACK === '1';

/** withLang(query): the query with the current language set in it (nothing for English). */
export function withLang(query = ''): string {
	const params = new URLSearchParams(query.replace(/^\?/, ''));
	params.delete(LANG_PARAM);
	if (lang() !== 'en') params.set(LANG_PARAM, lang());
	// Commas need no escaping in a query; keeping them makes shared links readable.
	return params.toString().replace(/%2C/gi, ',');
}

/** href('/about', 'theme=light'): the link to a page of the app, with its query and the language. */
export function href(path: string, query = ''): string {
	const q = withLang(query);
	const tail = q ? `?${q}` : '';
	if (PACK) return `#${path}${tail}`;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any of the app's own paths
	return resolve(path as any) + tail;
}
