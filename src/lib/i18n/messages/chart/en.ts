/** The chart area's interface strings, in English: the catalogue every other language follows. */
import type { InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';

const { n, plural } = grammar('en');

/** englishOrdinal(n): "1st", "2nd", "3rd", "40th", "111th". */
export function englishOrdinal(x: number): string {
	const teen = x % 100 >= 11 && x % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][x % 10] ?? 'th');
	return `${x}${suffix}`;
}

/** The word after a count in a line's end label; a function of the count for languages that agree. */
const unit: Record<Measure, (count: number) => string> = {
	signatories: () => 'signed',
	parties: () => 'Parties',
	'in-force': () => 'in force'
};

export default {
	// The instruments' short labels on the chart (legend, readout, end labels, annotations).
	instrument: {
		UNTOC: 'Convention',
		TIP: 'Trafficking',
		SOM: 'Smuggling',
		FIR: 'Firearms'
	} as Record<InstrumentId, string>,

	// What is counted: short (controls, tables), in a sentence (subtitle), the count axis's title.
	measure: {
		signatories: 'Signatories',
		parties: 'Parties',
		'in-force': 'In force'
	} as Record<Measure, string>,
	measureHelp: {
		signatories: 'States and organizations that signed',
		parties: 'Parties: consent to be bound deposited',
		'in-force': 'Parties for which the instrument is in force'
	} as Record<Measure, string>,
	measureAxis: {
		signatories: 'Signatories (States and the EU)',
		parties: 'Parties (States and the EU)',
		'in-force': 'Parties for which it is in force'
	} as Record<Measure, string>,
	measureUnit: unit,

	// RatificationChart
	title: (lastYear: string) => `Ratification growth, 2000–${lastYear}`,
	sub: (help: string) => `${help}, per instrument, by date.`,
	exportTitle: (measure: string, from: string, to: string) =>
		`Ratification growth: ${measure}, ${from} – ${to}`,
	milestoneTitle: (label: string, text: string, entryIntoForce: string) =>
		`${label} ${text}; entry into force ${entryIntoForce}`,
	hiddenNote: (date: string) => `Lines hidden after ${date}: make your prediction, then reveal.`,
	brushHint: 'Drag here to choose a time window',
	leftOutItem: (count: number, label: string) => `${n(count)} ${label}`,
	leftOutNote: (list: string, total: number) =>
		`* Not on the lines: ${list} ${plural(total, { one: 'Party', other: 'Parties' })} whose date of joining is not known (only a window is). They are counted in the totals at the line ends and in the readout once their window has passed, and never drawn at a made-up date.`,
	keys: 'Pointer: move to read a date, click to set the as-of date. Keys (after focusing the chart): ← → previous or next change, Home End first or last, Enter set as the as-of date, Esc back to the as-of date.',
	roleChart: 'chart',

	// ChartControls
	countLegend: 'Count',
	linesLegend: 'Lines',
	byGroup: 'By UN regional group',

	// ChartReadout: "On 1 September 2006:" (pointed) or "As of …:".
	readOn: 'On',
	readAsOf: 'As of',
	colon: ':',

	// The plot's layers (GrowthFigure, Annotations, EndLabels)
	threshold: (count: number) => `${n(count)} instruments: the entry-into-force threshold`,
	inForce: (label: string) => `${label} in force`,
	copLegend: 'COP session',
	copTick: (session: number) => `COP ${n(session)}`,
	/** "Convention · 192* Parties": the count comes written (with its star), the unit may be empty. */
	endLabel: (label: string, count: string, unit: string) =>
		`${label} · ${count}${unit ? ` ${unit}` : ''}`,

	// GrowthTable
	tableSummary: 'The numbers behind the chart (table)',
	tableCaption: (measure: string, asOf: string | null) =>
		`${measure} at the end of each year${asOf === null ? '' : `, and on ${asOf}`}`,
	dateHeader: 'Date',

	// GroupMultiples
	noGroup: 'In no regional group',

	// MilestonesTable
	milestonesSummary: 'Milestones (table)',
	milestonesCaption:
		'The 1st, 40th, 100th and 150th Party to each instrument, by date of deposit (European Union included; several names: deposited the same day)',
	instrumentHeader: 'Instrument',
	nthParty: (rank: number) => `${englishOrdinal(rank)} Party`,
	notReached: 'not reached',

	// Milestone words (data/milestones.ts): "40th: Poland, 4 April 2005", on the chart and in its title.
	milestoneText: (rank: number, who: string, sameDay: boolean, date: string) =>
		`${englishOrdinal(rank)}: ${who}${sameDay ? ' (same day)' : ''}, ${date}`,
	milestoneLine: (label: string, rank: number, who: string, date: string) =>
		`${label} ${englishOrdinal(rank)}: ${who}, ${date}`,
	milestoneDay: (label: string, rank: number, date: string) =>
		`${label} ${englishOrdinal(rank)}, ${date}:`,
	sameDay: (who: string) => `${who} (same day)`,
	inForceOn: (date: string) => `in force ${date}`,

	// AsOfControl
	asOfLegend: 'Status as of',
	year: 'Year',
	date: 'Date',
	latest: (date: string) => `Latest (${date})`,

	// DateField, and the reasons parseDateInput gives (examples come written in the language).
	pickOnCalendar: (label: string) => `${label}: choose on a calendar`,
	outOfRange: (from: string, to: string) => `Choose a day from ${from} to ${to}`,
	enterDate: (example: string) => `Enter a date, like ${example}`,
	monthAsWord: (example: string, iso: string) =>
		`Write the month as a word (${example}) or the date as ${iso}`,
	notADate: (example: string, iso: string) => `Not a date: write it like ${example} or ${iso}`,
	notAMonth: (long: string, short: string) => `Not a month: write it like ${long} or ${short}`,
	noSuchDay: (month: string, day: number) => `${month} has no day ${n(day)}`
};
