/**
 * Keeps the filter state and the address bar in step, in the browser only (prerendered pages have no
 * query). On load and on back/forward the URL is read with fromQuery and applied; any parameter that
 * could not be used is reported through onIgnored (for a visible notice) and dropped from the address.
 * Every change of state writes the URL: a new history entry when the last one is more than a moment
 * old, so back/forward walk through views, and a replacement while the user is still typing a search.
 */
import { replaceState as kitReplace, pushState as kitPush } from '$app/navigation';
import { onMount } from 'svelte';
import type { FilterState } from './filters.svelte';
import { readQuery, urlWithQuery } from './address';
import { fromQuery, OWNED_PARAMS, toQuery, type IgnoredParam, type QueryContext } from './url';

/** Parameters other views own; they are kept in the URL untouched and not reported as unknown. */
const KNOWN_ELSEWHERE: readonly string[] = [];

const COALESCE_MS = 1000;

export function syncFiltersWithUrl(
	filters: FilterState,
	ctx: QueryContext,
	onIgnored: (ignored: IgnoredParam[]) => void
) {
	let ready = false;
	let lastWrite = 0;

	function read() {
		const params = readQuery();
		const { filters: f, ignored } = fromQuery(params, ctx);
		for (const key of new Set(params.keys())) {
			if (!(OWNED_PARAMS as readonly string[]).includes(key) && !KNOWN_ELSEWHERE.includes(key)) {
				ignored.push({ param: key, value: params.get(key) ?? '', reason: 'unknown parameter' });
			}
		}
		filters.apply(f);
		onIgnored(ignored);
		return ignored.length > 0;
	}

	function write(replace: boolean) {
		const current = readQuery();
		const params = toQuery(filters.snapshot(), current);
		for (const key of [...params.keys()]) {
			if (!(OWNED_PARAMS as readonly string[]).includes(key) && !KNOWN_ELSEWHERE.includes(key)) {
				params.delete(key);
			}
		}
		// Commas need no escaping in a query; keeping them makes shared links readable.
		const search = params.toString().replace(/%2C/gi, ',');
		if (search === current.toString().replace(/%2C/gi, ',')) return;
		const url = urlWithQuery(search);
		const now = Date.now();
		// The URL is this page's own path with a new query, so there is nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (replace || now - lastWrite < COALESCE_MS) kitReplace(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else kitPush(url, {});
		lastWrite = now;
	}

	onMount(() => {
		const dirty = read();
		// SvelteKit's router takes the URL only once hydration has finished: write after it.
		const timer = setTimeout(() => {
			ready = true;
			if (dirty) write(true);
		}, 0);
		const onPop = () => {
			if (read()) write(true);
		};
		addEventListener('popstate', onPop);
		return () => {
			clearTimeout(timer);
			removeEventListener('popstate', onPop);
		};
	});

	$effect(() => {
		const snap = filters.snapshot(); // read every field, so any change re-runs this
		void snap;
		if (ready) write(false);
	});
}
