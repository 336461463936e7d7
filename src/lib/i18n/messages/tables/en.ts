/** The tables area's interface strings, in English: the catalogue every other language follows. */
import { grammar } from '../../plural';

const { n, plural } = grammar('en');
const ORDINALS = [
	'First',
	'Second',
	'Third',
	'Fourth',
	'Fifth',
	'Sixth',
	'Seventh',
	'Eighth',
	'Ninth',
	'Tenth',
	'Eleventh',
	'Twelfth'
];
/** " (ascending)" after the sorted column, or nothing while the rows are in best-match order. */
const dirText = (dir: string | null) => (dir ? ` (${dir})` : '');

export default {
	// Dashboard
	filters: 'Filters',
	ratifications: 'Ratifications',
	tables: 'Tables',
	details: 'Details',
	events: 'Events',
	participants: 'Participants',
	copSessions: 'Sessions of the Conference of the Parties',
	/** A tab's count of rows, beside its name. */
	count: (k: number) => `(${n(k)})`,
	cite: 'Cite:',
	/** The title a printed page is cited under. */
	printedView: 'UNTOC Timeline, printed view',
	/** The views as an error message names them: "The timeline could not be shown." */
	viewTimeline: 'The timeline',
	viewChart: 'The growth chart',
	viewSessions: 'The COP sessions table',
	viewMap: 'The world map',
	viewEvents: 'The events table',
	viewParticipants: 'The participants table',
	viewEvent: "The event's details",
	viewParty: "The participant's card",

	// Column headers (SortableTable, eventColumns, participantColumns, sessionColumns)
	colDate: 'Date',
	colEvent: 'Event',
	colCategory: 'Category',
	colLocation: 'Location',
	colSources: 'Sources',
	colParticipant: 'Participant',
	colGroup: 'Group',
	colRegion: 'Region',
	colSession: 'Session',
	colPlace: 'Place',
	colPresident: 'President',
	colPresidingGroup: 'Presiding group',
	colOutcomes: 'Outcomes',
	colParticipation: 'Participation',
	// The sort, as the captions name it
	ascending: 'ascending',
	descending: 'descending',
	bestMatch: 'best match',

	// EventsTable
	eventsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`Events, 1975–2024: showing ${n(shown)} of ${n(total)}, sorted by ${by.toLowerCase()}${dirText(dir)}.`,
	/** A fact the sources do not give. */
	notKnown: 'Not known',

	// ParticipantsTable
	status: 'Status',
	anyStatus: 'Any',
	/** Between the status and the instrument: "Status [Party] for [Convention]". */
	statusFor: 'for',
	joinedInWindow: 'Only those that joined within the time window',
	namesMatching: (q: string) => `Names matching “${q}”`,
	groupsShown: (list: string) => `Regional groups: ${list}`,
	noGroupsShown: 'none',
	participantsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`Showing ${n(shown)} of ${n(total)} participants, sorted by ${by.toLowerCase()}${dirText(dir)}; status as of the chosen date.`,
	/** A participant in no UN regional group. */
	noGroup: 'None',
	/** A step dated after the as-of date. */
	later: 'later',

	// CopSessionsTable
	sessionsCaption: (shown: number, total: number) =>
		`Showing ${n(shown)} of ${n(total)} sessions. "Not known" means the sources consulted do not give it.`,
	cop: (s: number) => `COP ${s}`,
	ordinalSession: (s: number) => (ORDINALS[s - 1] ? `${ORDINALS[s - 1]} session` : `Session ${s}`),
	hybrid: 'Hybrid',
	inPerson: 'In person',
	formatNotKnown: 'Format not known',
	venueNotKnown: 'Venue not known',
	inferredGroup: "(inferred from the President's country)",
	numberNotKnown: 'Number not known',
	/** An outcome whose document symbol the sources do not give. */
	symbolNotKnown: 'Number not known',
	/**
	 * A session's count of outcomes with the dataset's word for them ("resolutions", "decisions",
	 * "resolutions and decisions"); another language translates the words it knows.
	 */
	outcomeCount: (k: number, kind: string) => `${n(k)} ${kind}`,
	/** The button that opens a session's outcomes, and the rest of its name for a screen reader. */
	listOutcomes: (k: number) => `List ${n(k)}`,
	hideOutcomes: (k: number) => `Hide ${n(k)}`,
	outcomesOf: (k: number, s: number) => ` outcomes of COP ${s}`,
	/** A link to an outcome's source; numbered when it has several. */
	source: (i: number | null) => (i === null ? '[source]' : `[source ${i}]`),
	statesParties: (k: number) => plural(k, { one: '# State party', other: '# States parties' }),
	signatories: (k: number) => plural(k, { one: '# signatory', other: '# signatories' }),
	observers: (k: number) => plural(k, { one: '# observer', other: '# observers' }),
	ngos: (k: number) => plural(k, { one: '# NGO', other: '# NGOs' }),
	participantsTotal: (k: number) => plural(k, { one: '# participant', other: '# participants' }),
	sideEvents: (k: number) => plural(k, { one: '# side event', other: '# side events' }),

	// FilterControls
	search: 'Search events, States and sessions',
	searchExample: 'Palermo 2000, Turkey, COP 1',
	timeWindow: 'Time window',
	from: 'From',
	to: 'To',
	categories: 'Categories',
	regionalGroups: 'Regional groups',
	unRegionalGroups: 'UN regional groups',
	instruments: 'Instruments',
	/** How many of a list are ticked: "(3/9)". */
	ticked: (k: number, total: number) => `(${n(k)}/${n(total)})`,
	all: 'All',
	noCategory: 'None',
	/** The button beside a checkbox that ticks it alone; its name begins with its visible word. */
	only: 'only',
	onlyThis: (name: string) => `Only ${name}`,
	groupsHint:
		"Applies to participants, the chart's breakdown and the COP sessions (by presiding group).",
	instrumentsHint: 'Events about no particular instrument always show.',

	// FilterSummary and describeFilters
	everything: 'Everything, 1975–2024',
	activeFilters: 'Active filters',
	removeFilter: (label: string) => `Remove filter: ${label}`,
	noCategories: 'No categories',
	noInstruments: 'No instruments',
	noGroups: 'No regional groups',
	joinedChip: 'Participants that joined in the window',
	quoted: (q: string) => `“${q}”`,
	summaryCount: (
		shown: number,
		total: number,
		sessions: number,
		parties: number,
		joined: boolean
	) =>
		`— showing ${n(shown)} of ${n(total)} events, ${plural(sessions, { one: '# session', other: '# sessions' })}, ${
			joined
				? plural(parties, { one: '# Party joined', other: '# Parties joined' })
				: plural(parties, { one: '# Party', other: '# Parties' })
		}`,
	reset: 'Reset',
	/** In a figure's subtitle: "1 January 1998 – 31 December 2004 · African Group · search “x”". */
	subtitleNoCategories: 'no categories',
	subtitleNoInstruments: 'no instruments',
	subtitleNoGroups: 'no regional groups',
	subtitleSearch: (q: string) => `search “${q}”`,
	/** Between the names in one part, and between the parts. */
	listSeparator: ', ',
	partSeparator: ' · '
};
