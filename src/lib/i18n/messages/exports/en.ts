/** The exports area's interface strings, in English: the catalogue every other language follows. */
import type { Instrument, InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';

const { n } = grammar('en');

/**
 * What a citation is made of, each part already written in the language: dates by Intl (Bluebook's in
 * its own short form), the year in the language's digits, the link "" when the view has none.
 */
export interface CitationParts {
	title: string;
	year: string;
	dataAsOf: string;
	accessed: string;
	link: string;
}

const AUTHOR = 'UNTOC Timeline contributors';
const WORK =
	'UNTOC Timeline: The UN Convention against Transnational Organized Crime and its Protocols, 1975–2024';

export default {
	// ExportMenu
	export: 'Export',
	size: 'Size',
	sizeScreen: 'As on screen',
	sizeSlide: '16:9 slide (1920×1080)',
	sizeA4: 'A4 landscape',
	theme: 'Theme',
	themeLight: 'Light',
	themeDark: 'Projector (dark)',
	pngScale: 'PNG scale',
	// The e2e tests find these four buttons by their English names.
	downloadSvg: 'Download SVG',
	downloadPng: 'Download PNG',
	downloadCsv: 'Download CSV',
	citeView: 'Cite this view',
	copy: 'Copy',
	copied: 'Copied',

	// The instruments' short labels and the measures, as the growth chart writes them (chart catalogue).
	instrument: {
		UNTOC: 'Convention',
		TIP: 'Trafficking',
		SOM: 'Smuggling',
		FIR: 'Firearms'
	} as Record<InstrumentId, string>,
	measure: {
		signatories: 'Signatories',
		parties: 'Parties',
		'in-force': 'In force'
	} as Record<Measure, string>,
	/** An instrument's name in the growth chart's exported legend: in English, the dataset's own. */
	instrumentName: (i: Pick<Instrument, 'id' | 'shortName'>) => i.shortName,

	// figureText: the figures' subtitle, legend and note
	eventsByCategory: 'Events by category',
	withCount: (label: string, count: number) => `${label} (${n(count)})`,
	leftOutItem: (count: number, label: string) => `${n(count)} ${label}`,
	leftOutNote: (list: string) =>
		`* Totals include Parties whose date of joining is not known (${list}); they are not drawn on the lines.`,

	// asOfLine: "As of 1 January 2010 (Parties): Convention 147 · Trafficking 117"
	asOf: (date: string, measure: string, values: string) => `As of ${date} (${measure}): ${values}`,
	asOfValue: (label: string, count: number) => `${label} ${n(count)}`,
	noInstruments: 'no instruments shown',

	// exportInfo: the footer of every exported figure
	sources:
		'Sources: the records in the UNTOC Timeline dataset — UN resolutions and documents, the UN Treaty Collection, UN Information Service and UNODC releases, UNODC, UNTOC at 20 (2020), and further sources named on every record (listed row by row in the CSV export).',
	view: (link: string) => `View: ${link}`,
	dates: (dataAsOf: string, exported: string) => `Data as of ${dataAsOf} · exported ${exported}`,
	citeLine: (citation: string) => `Cite: ${citation}`,

	// citation: APA, OSCOLA and Bluebook, each in its own structure
	apa: (c: CitationParts) =>
		`${AUTHOR}. (${c.year}). ${c.title} [Data visualization]. In ${WORK} (data as of ${c.dataAsOf}). Retrieved ${c.accessed}${c.link ? `, from ${c.link}` : '.'}`,
	oscola: (c: CitationParts) =>
		`${AUTHOR}, '${c.title}' (${WORK}, data as of ${c.dataAsOf})${c.link ? ` <${c.link}>` : ''} accessed ${c.accessed}`,
	bluebook: (c: CitationParts) =>
		`${AUTHOR}, ${c.title}, ${WORK} (data as of ${c.dataAsOf}),${c.link ? ` ${c.link}` : ''} (last visited ${c.accessed})`,

	// figureRows: the words in the CSV's cells (its column names are the file's keys, the same in every
	// language, for whoever reads it with a script)
	step: {
		signatories: 'signature',
		parties: 'consent deposited',
		'in-force': 'in force'
	} as Record<Measure, string>,
	undatedStep: (step: string, from: string, to: string | null) =>
		`${step}: date not known, between ${from} and ${to ?? 'unknown'}`,
	between: (from: string, to: string | null) => `between ${from} and ${to ?? 'unknown'}`
};
