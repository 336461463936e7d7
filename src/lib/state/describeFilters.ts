/**
 * The active filters in words, for an exported figure's subtitle and for a citation's title:
 * "1 January 1998 – 31 December 2004 · Trafficking in Persons Protocol · African Group · search “vienna”"
 * (its words, separators and dates in the interface's language).
 */
import { categoryLabel, groupLabel } from '$lib/data/categoryLabel';
import { formatDateRange } from '$lib/data/formatDate';
import { m } from '$lib/i18n/i18n.svelte';
import type { InstrumentId } from '$lib/data/schema';
import { TIMELINE_SPAN, type Filters } from './filters';

/**
 * describeFilters(f, names, opts): one line naming the window and every active filter; without the
 * window when `opts.window` is false (a figure's title states the window it shows).
 */
export function describeFilters(
	f: Filters,
	names: ReadonlyMap<InstrumentId, string>,
	opts: { window?: boolean } = {}
): string {
	const t = m.tables;
	const list = (items: string[]) => items.join(t.listSeparator);
	const w = f.window ?? TIMELINE_SPAN;
	const parts = opts.window === false ? [] : [formatDateRange(w.from, w.to)];
	if (f.categories) {
		parts.push(
			f.categories.length ? list(f.categories.map((c) => categoryLabel(c))) : t.subtitleNoCategories
		);
	}
	if (f.instruments) {
		parts.push(
			f.instruments.length
				? list(f.instruments.map((i) => names.get(i) ?? i))
				: t.subtitleNoInstruments
		);
	}
	if (f.groups) {
		parts.push(f.groups.length ? list(f.groups.map((g) => groupLabel(g))) : t.subtitleNoGroups);
	}
	if (f.q.trim()) parts.push(t.subtitleSearch(f.q.trim()));
	return parts.join(t.partSeparator);
}
