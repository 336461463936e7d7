/**
 * The one sort behind every table. A table describes its columns (a key, a label and the value a row
 * sorts by); sortRows orders the rows by one column. The rules are the same in every table so that a
 * reader who learns one header learns them all:
 *
 * - Text compares with the interface language's collator (`collator()`): its own alphabet's order,
 *   accents with their letter ("Côte d'Ivoire" among the Cs), case ignored, and digits as numbers
 *   ("COP 2" before "COP 10"). Numbers and dates compare as numbers, in every language.
 * - A missing value (null, or a NaN that slipped through) means "not known", and "not known" is not
 *   smaller or larger than anything: it always sorts last, whichever the direction.
 * - Rows that tie keep the order the caller's tiebreak gives, in both directions, so flipping a column
 *   never shuffles the rows that share a value (events keep time order, participants their names).
 */

import { collator } from '$lib/i18n/i18n.svelte';
import { rankedSort } from './rankedSort';

export type SortDirection = 'ascending' | 'descending';

/** What a row sorts by in one column: text, a number (dates as day numbers), or null for not known. */
export type SortValue = string | number | null;

/** One column of a table: its header, and the value each row sorts by. */
export interface Column<T> {
	/** Names the column in the sort state; unique within a table. */
	key: string;
	/** The header's visible text, in the interface's language (a getter, so it follows a switch). */
	readonly label: string;
	/** The value a row sorts by; leave it out for a column that does not sort (e.g. "Sources"). */
	value?: (row: T) => SortValue;
}

/** compareText(a, b): the table collation in the current language, for tiebreaks on text (names). */
export const compareText = (a: string, b: string): number => collator().compare(a, b);

// NaN is not a number anyone can read in the table: it is not known, like null.
const known = (v: SortValue): SortValue => (typeof v === 'number' && Number.isNaN(v) ? null : v);

function compareValues(x: string | number, y: string | number, text: Intl.Collator): number {
	if (typeof x === 'number' && typeof y === 'number') return x - y;
	return text.compare(String(x), String(y));
}

/** Columns whose values depend on the row alone (and the language), with their sorts by place. */
const pure = new WeakMap<readonly Column<never>[], Map<string, RankedSort>>();
interface RankedSort {
	tiebreak: unknown;
	text: Intl.Collator;
	sort: (rows: readonly object[]) => object[];
}

/**
 * pureColumns(columns) marks a table's columns as reading nothing but the row (and the interface's
 * language): its rows can then be sorted by the places the last full sort gave them (rankedSort) when
 * a filter hands the table a subset of the same rows, as long as the column, the direction and the
 * tiebreak are the same and the tiebreak orders distinct rows strictly. Not for columns that read an
 * as-of date or an index (a participant's status), whose order can change while the rows do not.
 */
export function pureColumns<T extends object>(columns: readonly Column<T>[]): readonly Column<T>[] {
	pure.set(columns as readonly Column<never>[], new Map());
	return columns;
}

/**
 * sortRows(rows, columns, key, direction, tiebreak) returns a new array ordered by the column named
 * `key`. With no such sortable column the rows come back in tiebreak order (input order without one).
 */
export function sortRows<T>(
	rows: readonly T[],
	columns: readonly Column<T>[],
	key: string,
	direction: SortDirection,
	tiebreak?: (a: T, b: T) => number
): T[] {
	const get = columns.find((c) => c.key === key)?.value;
	if (!get) return [...rows].sort(tiebreak ?? (() => 0));
	const text = collator();
	// By place only with a tiebreak: without one, ties keep the order the rows came in.
	const ranked = tiebreak ? pure.get(columns as readonly Column<never>[]) : undefined;
	if (ranked && tiebreak) {
		const name = `${key} ${direction}`;
		let r = ranked.get(name);
		if (!r || r.tiebreak !== tiebreak || r.text !== text) {
			const sort = rankedSort(
				(xs: readonly object[]) =>
					keyedSort(xs as readonly T[], get, direction, tiebreak, text) as object[]
			);
			ranked.set(name, (r = { tiebreak, text, sort }));
		}
		return r.sort(rows as readonly object[]) as T[];
	}
	return keyedSort(rows, get, direction, tiebreak ?? (() => 0), text);
}

function keyedSort<T>(
	rows: readonly T[],
	get: (row: T) => SortValue,
	direction: SortDirection,
	tiebreak: (a: T, b: T) => number,
	text: Intl.Collator
): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	// Read each value once: getters may look things up (a status index), and sort calls compare often.
	const keyed = rows.map((row) => ({ row, v: known(get(row)) }));
	keyed.sort(({ row: a, v: x }, { row: b, v: y }) => {
		if (x === null || y === null) return x === y ? tiebreak(a, b) : x === null ? 1 : -1;
		return sign * compareValues(x, y, text) || tiebreak(a, b);
	});
	return keyed.map((k) => k.row);
}
