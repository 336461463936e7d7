/**
 * Keeps the filter state and the address bar in step, in the browser only (prerendered pages have no
 * query). On load and on back/forward the URL is read with fromQuery and applied; any parameter that
 * could not be used is reported through onIgnored (for a visible notice) and dropped from the address.
 * Every committed action (a box ticked, a selection, a brush released, a search committed, a date
 * entered) writes one new history entry, however fast they come, so Back walks them in order; a live
 * edit (typing a search, dragging the as-of slider) starts an entry and then replaces it until the
 * person commits it or does something else.
 *
 * The address is written after the frame that shows the change, not inside it: the router's
 * pushState reads the scroll position, which would lay the page out halfway through the update, and
 * the browser's own pushState costs a millisecond or two. The entries are written in order, one per
 * committed action as before; a live edit's replacements within one frame are written once.
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
	/** Entries decided but not yet written (see flush), oldest first; `query` is the full query. */
	let pending: { url: string; query: string; replace: boolean }[] = [];
	let scheduled = 0;

	function flush() {
		scheduled = 0;
		const writes = pending;
		pending = [];
		// The URLs are this page's own path with a new query, so there is nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		for (const w of writes) (w.replace ? kitReplace : kitPush)(w.url, {});
	}

	/** Forget what is not written yet: the address changed under it (back/forward, leaving). */
	function drop() {
		pending = [];
		if (scheduled) cancelAnimationFrame(scheduled);
		scheduled = 0;
	}

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
		const last = pending.at(-1);
		for (const key of [...params.keys()]) {
			if (!(OWNED_PARAMS as readonly string[]).includes(key) && !KNOWN_ELSEWHERE.includes(key)) {
				params.delete(key);
			}
		}
		// Commas need no escaping in a query; keeping them makes shared links readable.
		const search = params.toString().replace(/%2C/gi, ',');
		const query = withLang(search);
		// What the address will hold once the pending entries are written.
		if (query === (last ? last.query : current.toString().replace(/%2C/gi, ','))) return;
		const url = urlWithQuery(search);
		if ((replace || continuing) && last) [last.url, last.query] = [url, query];
		else pending.push({ url, query, replace: replace || continuing });
		// After the frame's paint: the timeout a frame callback sets runs once that frame is drawn.
		scheduled ||= requestAnimationFrame(() => setTimeout(flush, 0));
	}

	onMount(() => {
		const dirty = read();
		// SvelteKit's router takes the URL only once hydration has finished: write after it.
		const timer = setTimeout(() => {
			ready = true;
			if (dirty) write(true);
		}, 0);
		const onPop = () => {
			drop();
			if (read()) write(true);
		};
		addEventListener('popstate', onPop);
		return () => {
			clearTimeout(timer);
			drop();
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
