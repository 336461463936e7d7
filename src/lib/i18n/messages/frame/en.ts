/** The page frame's interface strings, in English: the catalogue every other language follows. */
import { grammar } from '../../plural';

const { n } = grammar('en');

export default {
	skip: 'Skip to content',
	siteNav: 'Site',
	navTimeline: 'Timeline',
	navPresent: 'Present',
	navTours: 'Your tours',
	navAbout: 'About the data',
	footer:
		'UNTOC Timeline — an open-source history of the United Nations Convention against Transnational Organized Crime and its Protocols. Every record carries its source; see',
	language: 'Language',
	/** Beside a text the dataset holds only in English, inside another language. */
	inEnglish: 'in English',
	/** The end of a sentence that closes on a link or a code. */
	period: '.',

	// The instruments, by the short names the dataset gives them (instruments.json `shortName`).
	instrumentShort: {
		UNTOC: 'Convention',
		TIP: 'Trafficking in Persons Protocol',
		SOM: 'Smuggling of Migrants Protocol',
		FIR: 'Firearms Protocol'
	},

	// Why a parameter of the address was ignored (url.ts, pageParams.ts, readableAddress.ts, locales.ts)
	reasonRepeated: 'repeated parameter',
	reasonUnknownParam: 'unknown parameter',
	reasonNotOneOf: (list: string) => `not one of ${list}`,
	reasonNotDate: 'not a date',
	reasonBefore: (date: string) => `before ${date}`,
	reasonAfter: (date: string) => `after ${date}`,
	reasonFromAfterTo: 'from is after to',
	reasonUnknownCategory: (id: string) => `unknown category: ${id}`,
	reasonUnknownGroup: (id: string) => `unknown regional group: ${id}`,
	reasonUnknownInstrument: (id: string) => `unknown instrument: ${id}`,
	reasonTooLong: (max: number) => `longer than ${n(max)} characters: cut to ${n(max)}`,
	reasonNoEvent: 'no such event',
	reasonBeforeAdoption: 'before the Convention was adopted',
	reasonNoParticipant: 'no such participant',
	reasonNoSession: 'no such session',
	reasonOnlyWindow: 'only "window" is understood',
	reasonNotAStop: (stops: number) => `not a stop of this tour (${n(1)}–${n(stops)})`,
	reasonMalformed: 'malformed % escape: read as the text it is',

	// QueryNotice
	noticeIntro: "Some of this page's address could not be used and was ignored:",
	dismiss: 'Dismiss',

	// ViewBoundary: `name` is the view as the caller names it ("The timeline")
	viewFailed: (name: string) => `${name} could not be shown.`,
	viewFailedRest: 'The rest of the page still works.',
	tryAgain: 'Try again',
	reload: 'Reload the page',

	// The error page
	notFound: 'Page not found',
	wentWrong: 'Something went wrong',
	noPageBefore: 'There is no page at',
	noPageAfter: '. The address may be mistyped, or the page may have moved.',
	unexpected: 'An unexpected error occurred.',
	goTimeline: 'Go to the timeline',
	goTimelineWhat: 'every event, 1975–2024',
	aboutWhat: 'sources, gaps and how to cite',

	// The home page
	homeTitle: 'UNTOC Timeline · the Palermo Convention and its Protocols, 1975–2024',
	homeDescription:
		'A sourced history of the UN Convention against Transnational Organized Crime and its three Protocols, 1975–2024.',
	homeHeading: 'The Palermo Convention and its Protocols, 1975–2024',
	homeLede:
		'The United Nations Convention against Transnational Organized Crime and its Protocols on trafficking in persons, the smuggling of migrants and firearms: how they came about, from the Fifth UN Crime Congress (Geneva, 1975) to the twelfth Conference of the Parties (Vienna, 2024), and who joined them when. Every record names its source.',
	viewFigures: 'The headline figures',
	dashboardLoading: 'Loading the timeline, the charts and the tables…',
	dashboardFailed: 'The dashboard could not be loaded.',
	dashboardFailedRest: 'Check the connection, then reload the page.',

	// HeadlineFigures
	figuresTitle: 'Key figures',
	figuresEvents: (first: string, last: string) => `Events, ${first}–${last}`,
	figuresSessions: 'COP sessions',
	/** Read by a screen reader before each instrument's short name (its own article in some languages). */
	figuresPartiesTo: {
		UNTOC: 'Parties to the ',
		TIP: 'Parties to the ',
		SOM: 'Parties to the ',
		FIR: 'Parties to the '
	},
	figuresUndated: (count: number) => `${n(count)} undated`,
	figuresPossible: (count: number) => `+${n(count)} possible`,
	figuresNoteSep: '; ',
	figuresChosenBefore: 'Counted on ',
	figuresChosenAfter:
		', the as-of date you set: Parties whose consent had been deposited by then, undated ones included where they are known to have been Parties by that date; see',
	figuresDataBefore: 'Parties as recorded on ',
	figuresDataAfter:
		", the data's latest treaty action; undated Parties included, some later ones missing: see",
	knownGaps: 'known gaps',

	// The presentation pages
	presentTitle: 'Present a tour',
	presentIntro:
		'A tour steps through the history one view at a time, for a room with a projector. Use → Space PageDown (or a clicker) to go forward, ← PageUp to go back, F for full screen, Esc to leave.',
	/** English has always written "(1 stops)"; the tests read it so. */
	stops: (count: number) => `(${n(count)} stops)`,
	startDark: 'Start (projector, dark)',
	startLight: 'Start (projector, light)',
	noToursBefore:
		'None yet in this browser. Build one from the views you explore with “Add this view to a tour”, or open a tour file in',
	presenterView: 'Presenter view',
	edit: 'Edit',
	viewTourEditor: 'The tour editor',
	presenter: 'Presenter',

	// The About page
	aboutIntroBefore:
		'UNTOC Timeline tells the history of the United Nations Convention against Transnational Organized Crime (UNTOC, the Palermo Convention) and its three Protocols, from the first UN discussion of organized crime at the Fifth UN Crime Congress (Geneva, 1975) to the twelfth session of the Conference of the Parties (Vienna, October 2024). The dataset ships with the app in its',
	aboutIntroAfter: 'folder; the app never fetches anything from elsewhere, so it works offline.',
	contentsHeading: 'What the data holds',
	filesCaption: 'Files in the dataset',
	colFile: 'File',
	colRecords: 'Records',
	colWhat: 'What',
	colSource: 'Where it comes from',
	eventsWhat:
		'Events 1975–2024, each dated at the precision its sources allow (day, month or year)',
	eventsSourceBefore:
		"UN resolutions and documents, UN Information Service and UNODC press releases, UNODC's",
	eventsSourceAfter: '(2020), and secondary sources; listed on every event',
	copWhat:
		'Sessions of the Conference of the Parties, 2004–2024: dates, place, presidents, resolutions and decisions, participation',
	copSource: 'Session reports and decision pages, UNODC and UNIS releases and speeches',
	instrumentsWhat:
		'The Convention and its Protocols: adoption, signature, entry into force and its rule',
	instrumentsSource: 'The treaty texts (articles quoted), the UN Treaty Collection, UNIS releases',
	participantsWhat: 'States and organizations: ISO and M49 codes, UN region, UN regional group',
	participantsSource: 'UN Statistics Division M49; UN DGACM list of regional groups',
	actionsWhat: 'Signatures and consents to be bound, one row per participant and instrument',
	actionsSource:
		'A scrape of the UN Treaty Collection (complete to mid-2014), then individually sourced actions',
	countsWhat: 'Published counts of Parties, used to check the table',
	countsSource: 'UN press releases, the UN Treaty Collection, UNODC',
	asOfHeading: 'How current it is',
	asOfBefore: 'The latest treaty action recorded is dated ',
	asOfAfter:
		'. Events and COP sessions run to November 2024. Treaty actions are complete to mid-2014, from a scrape of the UN Treaty Collection; later actions were found one by one and some are missing (below).',
	gapsHeading: 'Known gaps',
	gapsIntro:
		'Nothing here is filled in by guesswork: a fact the sources do not give stays unknown.',
	undatedHeading: (count: number) => `Parties whose date is not known (${n(count)})`,
	undatedIntro:
		'Each is counted as a Party once the window its date must lie in has passed, and never given a date.',
	undatedItem: (instrument: string, from: string, to: string) =>
		`${instrument}: between ${from} and ${to}`,
	unknownDate: 'an unknown date',
	unknownKindHeading: (count: number) => `Consents whose kind is not recorded (${n(count)})`,
	unknownKindItem: (instrument: string, date: string) => `${instrument}, ${date}`,
	noConventionHeading: (count: number) =>
		`Protocol Parties with no Convention record (${n(count)})`,
	noConventionIntro:
		"Only a Party to the Convention can join a Protocol (Convention, article 37(2)), but the data has no record of these Parties' consent to the Convention.",
	noConventionItem: (instrument: string, date: string) =>
		`Party to the ${instrument} (${date}); Convention consent not recorded`,
	copGapsHeading: 'Sessions of the Conference of the Parties',
	copGapSession: (session: number) => `Session ${n(session)}:`,
	fullListBefore:
		'The full list, with every conflict between sources and how it was settled, is in',
	titlesHeading: 'The Convention and its Protocols',
	titlesIntro:
		'Their official titles, in this language where a UN page gives one (data/instrument-titles.csv); otherwise in English.',
	titleSource: 'read on',
	citeHeading: 'How to cite',
	citeIntro: "Cite the view you used and the dataset's as-of date, for example:",
	citeAuthors: 'UNTOC Timeline contributors.',
	citeKind: '[dataset and web application], data as of',
	citeAccessed: '. Accessed [date], at [the address of the page you used].',
	citeFact:
		'For a fact, cite the source named on its record as well: the app is a guide to the sources, not a substitute for them.',
	licenceHeading: 'Licence',
	licenceText:
		"The app's code is released under the MIT licence. The dataset (its structure, selection and our own descriptions) is released under Creative Commons Attribution 4.0 (CC BY 4.0). Quoted treaty sentences and the facts of the UN's own records belong to their sources; country codes and regions follow UN Statistics Division M49."
};
