/**
 * Links inside the app. On a served site they are resolved paths; in the offline pack (one HTML file,
 * routed by the hash) they stay inside the same file: `#/about`.
 */
import { resolve } from '$app/paths';

const PACK = import.meta.env.VITE_UNTOC_PACK === '1';

/** href('/about'): the link to a page of the app. */
export function href(path: string): string {
	if (PACK) return `#${path}`;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any of the app's own paths
	return resolve(path as any);
}
