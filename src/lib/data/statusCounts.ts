/**
 * How many signatories, Parties and Parties in force each instrument had on a date, and the step series
 * behind the growth chart. The app recounts on every change of the "as of" date, so each index gets,
 * once, sorted date arrays per instrument × measure × group, and a count is a binary search in them.
 */
import { bisectRight } from 'd3-array';
import type { IsoDate } from './calendarDate';
import type { PartyRecord, StatusIndex } from './legalStatus';
import {
	GROUP_IDS,
	INSTRUMENT_IDS,
	MEASURES,
	type GroupId,
	type InstrumentId,
	type Measure
} from './schema';

export { MEASURES, type Measure };

/**
 * What each measure is called, in English. The interface reads the current language's words from the
 * catalogue (`m.chart.measure`, `measureHelp`, `measureAxis`, `measureUnit`); this module stays free of
 * the interface's state, as the benchmarks load it in plain Node. Kept for the export's as-of line
 * (export/asOfLine.ts) until it reads `m.chart.measure` too.
 */
export const MEASURE_LABEL: Record<Measure, string> = {
	signatories: 'Signatories',
	parties: 'Parties',
	'in-force': 'In force'
};

export interface MeasureCount {
	count: number;
	/** Undated Parties whose status on the date is unknown, or certain but not plotted at a date. */
	undated: number;
}

export type GroupOf = (participant: string) => GroupId | null;
export interface GroupOptions {
	/** The UN regional group of a participant; pass the same function each time, it keys a cache. */
	groupOf?: GroupOf;
	/** Count only this group's participants (null: those in no group); absent counts everyone. */
	group?: GroupId | null;
}
export type Counts = Record<InstrumentId, Record<Measure, number>>;
export interface StepPoint {
	date: IsoDate;
	count: number;
}

/** Default span of a series: the Convention's adoption (GA resolution 55/25) to the end of 2024. */
export const SERIES_FROM: IsoDate = '2000-11-15';
export const SERIES_TO: IsoDate = '2024-12-31';

type Bucket = GroupId | 'none' | 'all';
/** Sorted dates: `dated` from known dates, `undated` the day each undated Party becomes certain. */
interface Dates {
	dated: IsoDate[];
	undated: IsoDate[];
}
type Table = Record<InstrumentId, Record<Measure, Dates>>;

const tables = new WeakMap<StatusIndex, Map<GroupOf | null, Map<Bucket, Table>>>();

/** The dates a record adds to a measure: its known date, or the day an undated Party is certain. */
function datesOf(r: PartyRecord, measure: Measure): [IsoDate | null, IsoDate | null] {
	if (measure === 'signatories') return [r.signature, null];
	if (measure === 'parties') return [r.deposit, r.window?.latest ?? null];
	return [r.inForce, r.inForceCertainFrom];
}

function emptyTable(): Table {
	const table = {} as Table;
	for (const id of INSTRUMENT_IDS) {
		table[id] = {} as Record<Measure, Dates>;
		for (const m of MEASURES) table[id][m] = { dated: [], undated: [] };
	}
	return table;
}

function tablesOf(index: StatusIndex, groupOf: GroupOf | null): Map<Bucket, Table> {
	let byGroupOf = tables.get(index);
	if (!byGroupOf) tables.set(index, (byGroupOf = new Map()));
	const cached = byGroupOf.get(groupOf);
	if (cached) return cached;
	const buckets = new Map<Bucket, Table>([['all', emptyTable()]]);
	for (const r of index.records) {
		const bucket = groupOf ? (groupOf(r.participant) ?? 'none') : null;
		if (bucket && !buckets.has(bucket)) buckets.set(bucket, emptyTable());
		for (const m of MEASURES) {
			const [dated, undated] = datesOf(r, m);
			for (const b of bucket ? (['all', bucket] as const) : (['all'] as const)) {
				const dates = buckets.get(b)![r.instrument][m];
				if (dated !== null) dates.dated.push(dated);
				if (undated !== null) dates.undated.push(undated);
			}
		}
	}
	for (const table of buckets.values()) {
		for (const id of INSTRUMENT_IDS) {
			for (const m of MEASURES) {
				table[id][m].dated.sort();
				table[id][m].undated.sort();
			}
		}
	}
	byGroupOf.set(groupOf, buckets);
	return buckets;
}

function tableFor(index: StatusIndex, { groupOf, group }: GroupOptions = {}): Table {
	if (group === undefined) return tablesOf(index, null).get('all')!;
	if (!groupOf) throw new Error(`counting group ${group} needs groupOf`);
	return tablesOf(index, groupOf).get(group ?? 'none') ?? emptyTable();
}

function countAll(table: Table, date: IsoDate): Counts {
	const counts = {} as Counts;
	for (const id of INSTRUMENT_IDS) {
		const t = table[id];
		const on = (d: Dates) => bisectRight(d.dated, date) + bisectRight(d.undated, date);
		counts[id] = {
			signatories: on(t.signatories),
			parties: on(t.parties),
			'in-force': on(t['in-force'])
		};
	}
	return counts;
}

/**
 * countsOn(index, date, opts) counts each instrument's signatories (signed on or before the date,
 * whether or not they later joined), Parties (consent deposited by then, or undated with the whole
 * window passed) and Parties in force (in force by then, or undated and certainly in force).
 */
export function countsOn(index: StatusIndex, date: IsoDate, opts: GroupOptions = {}): Counts {
	return countAll(tableFor(index, opts), date);
}

/** countsByGroup(index, date, groupOf): countsOn for each UN regional group, and for no group. */
export function countsByGroup(
	index: StatusIndex,
	date: IsoDate,
	groupOf: GroupOf
): Record<GroupId | 'none', Counts> {
	const buckets = tablesOf(index, groupOf);
	const out = {} as Record<GroupId | 'none', Counts>;
	for (const g of [...GROUP_IDS, 'none'] as const)
		out[g] = countAll(buckets.get(g) ?? emptyTable(), date);
	return out;
}

/**
 * growthSeries(index, instrument, measure, opts): the step series of the dated changes, one point per
 * day with the count after that day, from `from` to `to`. Undated Parties are not plotted; `leftOut`
 * names those whose window opens by `to`, for the chart to state beside the line.
 */
export function growthSeries(
	index: StatusIndex,
	instrument: InstrumentId,
	measure: Measure,
	opts: GroupOptions & { from?: IsoDate; to?: IsoDate } = {}
): { points: StepPoint[]; leftOut: PartyRecord[] } {
	const { from = SERIES_FROM, to = SERIES_TO, groupOf, group } = opts;
	if (to < from) throw new RangeError(`growthSeries: ${to} is before ${from}`);
	const dated = tableFor(index, opts)[instrument][measure].dated;
	const points: StepPoint[] = [{ date: from, count: bisectRight(dated, from) }];
	for (let i = points[0]!.count; i < dated.length && dated[i]! <= to;) {
		const date = dated[i]!;
		i = bisectRight(dated, date, i);
		points.push({ date, count: i });
	}
	if (points.at(-1)!.date !== to) points.push({ date: to, count: bisectRight(dated, to) });
	const leftOut =
		measure === 'signatories'
			? []
			: index.records.filter(
					(r) =>
						r.instrument === instrument &&
						r.window !== null &&
						r.window.earliest <= to &&
						(group === undefined || (groupOf?.(r.participant) ?? null) === group)
				);
	return { points, leftOut };
}

/** changeDates(index): every distinct signature, deposit and in-force date, sorted. */
export function changeDates(index: StatusIndex): IsoDate[] {
	const dates = new Set<IsoDate>();
	for (const r of index.records) {
		for (const d of [r.signature, r.deposit, r.inForce]) if (d !== null) dates.add(d);
	}
	return [...dates].sort();
}

/**
 * yearEndCounts(index, asOf, fromYear): the counts on 31 December of each year from fromYear, the last
 * row on `asOf` itself (the year it falls in is not over): the growth chart's table equivalent.
 */
export function yearEndCounts(
	index: StatusIndex,
	asOf: IsoDate,
	fromYear = 2000
): { date: IsoDate; counts: Counts }[] {
	const last = Number(asOf.slice(0, 4));
	const out: { date: IsoDate; counts: Counts }[] = [];
	for (let y = fromYear; y <= last; y++) {
		const date = y === last ? asOf : `${y}-12-31`;
		out.push({ date, counts: countsOn(index, date) });
	}
	return out;
}
