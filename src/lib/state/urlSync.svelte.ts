/**
 * Keeps the filter state and the address bar in step, in the browser only (prerendered pages have no
 * query). On load and on back/forward the URL is read with fromQuery and applied; any parameter that
 * could not be used is reported through onIgnored (for a visible notice) and dropped from the address.
 * Every committed action (a box ticked, a selection, a brush released, a search committed, a date
 * entered) writes one new history entry, however fast they come, so Back walks them in order; a live
 * edit (typing a search, dragging the as-of slider) starts an entry and then replaces it until the
 * person commits it or does something else.
 */
import { replaceState as kitReplace, pushState as kitPush } from '$app/navigation';
import { onMount, untrack } from 'svelte';
import type { FilterState } from './filters.svelte';
import { unknownParams } from './pageParams';
import { withLang } from '$lib/ui/href';
import { readQuery, urlWithQuery } from './address';
import { fromQuery, OWNED_PARAMS, toQuery, type IgnoredParam, type QueryContext } from './url';

/** Parameters other views own; they are kept in the URL untouched and not reported as unknown. */
const KNOWN_ELSEWHERE: readonly string[] = ['lang'];

export function syncFiltersWithUrl(
	filters: FilterState,
	ctx: QueryContext,
	onIgnored: (ignored: IgnoredParam[]) => void
) {
	let ready = false;
	/** The field whose live edit wrote the current entry, which its next edits replace. */
	let liveField: string | null = null;

	function read() {
		const params = readQuery();
		const { filters: f, ignored } = fromQuery(params, ctx);
		// The language's value, and any parameter no one reads, as every page reports them.
		ignored.push(...unknownParams(params, OWNED_PARAMS));
		filters.apply(f);
		onIgnored(ignored);
		return ignored.length > 0;
	}

	function write(replace: boolean) {
		const edit = filters.takeEdit();
		const continuing = liveField !== null && edit?.field === liveField;
		liveField = edit?.live ? edit.field : null;
		const current = readQuery();
		const params = toQuery(filters.snapshot(), current);
		for (const key of [...params.keys()]) {
			if (!(OWNED_PARAMS as readonly string[]).includes(key) && !KNOWN_ELSEWHERE.includes(key)) {
				params.delete(key);
			}
		}
		// Commas need no escaping in a query; keeping them makes shared links readable.
		const search = params.toString().replace(/%2C/gi, ',');
		if (withLang(search) === current.toString().replace(/%2C/gi, ',')) return;
		const url = urlWithQuery(search);
		// The URL is this page's own path with a new query, so there is nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (replace || continuing) kitReplace(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else kitPush(url, {});
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
		// Read every field, so any change re-runs this, and the edit count, so a commit does too.
		const snap = filters.snapshot();
		void snap;
		void filters.edits;
		// Only the filters re-run this: what write() reads of the router and the language (the page's
		// address, which back/forward changes before onPop has read it) must not.
		if (ready) untrack(() => write(false));
	});
}
