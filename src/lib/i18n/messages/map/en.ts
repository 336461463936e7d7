/** The map area's interface strings, in English: the catalogue every other language follows. */
import type { Status, StatusFilter } from '$lib/data/legalStatus';
import type { ConsentKind, Instrument } from '$lib/data/schema';
import { grammar } from '../../plural';

const { n, plural } = grammar('en');

/** An instrument as the messages name it: English keeps the dataset's short name. */
type Named = Pick<Instrument, 'id' | 'shortName'>;

const KIND: Record<ConsentKind, string> = {
	ratification: 'Ratified',
	accession: 'Acceded',
	acceptance: 'Accepted',
	approval: 'Approved',
	succession: 'Succeeded',
	'formal-confirmation': 'Formally confirmed'
};
const consent = (k: ConsentKind | null) => (k ? KIND[k] : 'Consent deposited (kind not recorded)');
const unknownDate = 'an unknown date';

export default {
	// Instruments: the name on its own (radio buttons, the card's headings, the stage's title).
	instrument: (i: Named) => i.shortName,

	// Statuses (statusText.ts: STATUS_LABEL), and the status filter's choices (STATUS_FILTER_LABEL).
	status: {
		'not-signatory': 'Not a signatory',
		signed: 'Signed',
		deposited: 'Party, not yet in force',
		'in-force': 'In force',
		unknown: 'Party by an unknown date'
	} satisfies Record<Status, string> as Record<Status, string>,
	statusFilter: {
		party: 'Party (in force or not)',
		'in-force': 'Party, in force',
		deposited: 'Party, not yet in force',
		unknown: 'Party by an unknown date',
		signed: 'Signed, not yet a Party',
		'not-signatory': 'Not a signatory'
	} satisfies Record<StatusFilter, string> as Record<StatusFilter, string>,

	// A participant's path towards an instrument (statusText.ts: datedSteps).
	stepSigned: (d: string) => `Signed ${d}`,
	stepConsent: (k: ConsentKind | null, d: string) => `${consent(k)} ${d}`,
	stepConsentWindow: (k: ConsentKind | null, from: string, to: string | null) =>
		`${consent(k)} between ${from} and ${to ?? unknownDate} (exact date not known)`,
	stepInForce: (d: string) => `In force ${d}`,
	stepInForceBy: (d: string) => `In force by ${d} at the latest`,

	// The status on a date as a phrase that says when (mapStatus.ts: statusPhrase).
	phraseNotSignatory: 'Not a signatory',
	phraseSigned: (d: string) => `Signed ${d}, not a Party`,
	/** The window an undated Party joined in, used inside the phrases below. */
	becameParty: (from: string, to: string | null) =>
		`became a Party between ${from} and ${to ?? unknownDate}`,
	phraseUnknown: (joined: string) => `Party by an unknown date: ${joined} (exact date not known)`,
	phraseInForce: (d: string) => `Party, in force since ${d}`,
	phraseDeposited: (deposit: string, inForce: string) =>
		`Party since ${deposit}, in force from ${inForce}`,
	phraseInForceBy: (d: string, joined: string) =>
		`Party, in force by ${d} at the latest (${joined})`,
	phraseDepositedBy: (joined: string, d: string | null) =>
		`Party (${joined}), in force by ${d ?? unknownDate} at the latest`,

	// A participant's steps as the growth chart and the timeline mark them (partyActions.ts).
	actionSigns: (name: string, i: Named, d: string) => `${name} signs the ${i.shortName}, ${d}`,
	actionJoins: (name: string, i: Named, d: string) =>
		`${name} becomes a Party to the ${i.shortName}, ${d}`,

	// WorldMap: the figure, its toolbar, its notes.
	title: 'Who was bound where',
	/** The subtitle around its date (shown in bold): before, after. */
	sub: (i: Named): [string, string] => [
		`Every State’s status towards the ${i.shortName} on `,
		', as in the participants table.'
	],
	instrumentLegend: 'Instrument',
	plotLabel: (d: string, i: Named) => `States on the map: ${d}, ${i.shortName}`,
	/** A State's accessible name: its name and its status phrase. */
	stateLabel: (name: string, phrase: string) => `${name}: ${phrase}`,
	loading: 'Loading the map…',
	loadFailed: 'The map could not be loaded.',
	/** On the stage, after the instrument's name (bold). */
	stageDate: (d: string) => `, ${d}`,
	keys: 'Click a State to select it. Keys: Tab into the map, arrows to the nearest State in that direction, Enter to select, Esc to clear.',
	toTable: 'Go to the participants table',
	toTableAfter: ', the map’s table equivalent.',
	credit:
		'Boundaries: Natural Earth 1:110m (public domain), via world-atlas. States too small to draw are dots; grey areas with no status are not States in the dataset.',
	/** The export's note on what dims the map: groups null when no group filter is set. */
	dimmed: (count: number, groups: string[] | null) =>
		`${plural(count, { other: '# participants' })} shown by the page's filters${groups ? ` (${groups.join(', ') || 'no regional group'})` : ''}; other States dimmed`,

	// The UN's disclaimer for maps, in the figure and in every export of it.
	disclaimer:
		'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',

	// WorldMapPlot: the drawing's name when the view gives none.
	plotDefault: 'World map',

	// MapLegend.
	legend: 'Legend: States by status',
	otherAreas: 'Other areas (no State in the data)',

	// MapTimeControls.
	time: 'Date of the map',
	prev: (d: string) => `Previous: ${d}`,
	prevYear: 'Previous year',
	next: (d: string) => `Next: ${d}`,
	nextYear: 'Next year',
	pause: 'Pause',
	resume: 'Resume',
	/** Years, written as digits without grouping. */
	play: (from: number, to: number) => `Play ${from}–${to}`,

	// PartyCard.
	close: 'Close',
	/** Visually hidden, after "Close". */
	closeWhat: ' participant',
	noGroup: 'In no UN regional group',
	onDate: (d: string, phrase: string) => `On ${d}: ${phrase}`,
	/** The status on a date as a status, never as an event (after "On <date>: "). */
	cardStatus: {
		'not-signatory': 'neither a signatory nor a Party',
		signed: 'a signatory, not yet a Party',
		deposited: 'a Party, the instrument not yet in force for it',
		'in-force': 'a Party, bound by the instrument',
		unknown: 'a Party (the date it became one is not known)'
	} satisfies Record<Status, string> as Record<Status, string>,
	untcRecord: (no: string) => `UN Treaty Collection record (${no})`,
	source: 'Source:',
	noRecord: 'No signature or consent recorded.',

	// mapExport: the exported figure's title, subtitle, legend and footer, and the CSV's words.
	exportTitle: (i: Named, d: string) => `Who was bound by the ${i.shortName}: every State on ${d}`,
	exportSubtitle: 'Status of each State on that date (Parties in blue)',
	legendCount: (label: string, count: number) => `${label} (${n(count)})`,
	euNote: (phrase: string) =>
		`European Union (a Party to some instruments, not a State, so not on the map): ${phrase}.`,
	geometrySource:
		'Boundaries: Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2.0.2; States the atlas does not draw are dots at the centroid of their largest Natural Earth 1:10m polygon (data/state-positions.csv). Areas in grey with no status are not States in the dataset.',
	csvWindow: (from: string, to: string | null) => `between ${from} and ${to ?? 'unknown'}`,
	csvShape: 'shape',
	csvDot: (lon: number, lat: number) => `dot at ${lon}, ${lat}`,
	csvNoAction: 'no treaty action recorded',
	csvPosition: (source: string) => `position: ${source}`
};
