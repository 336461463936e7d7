/** The present area's interface strings, in English: the catalogue every other language follows. */
import { grammar } from '../../plural';

const { n } = grammar('en');

export default {
	// Presentation (the stage)
	stopOf: (at: number, of: number) => `Stop ${n(at)} of ${n(of)}`,
	sources: 'Sources:',
	stopView: "This stop's view",
	presentation: 'Presentation',
	previous: 'Previous',
	reveal: 'Reveal',
	next: 'Next',
	fullScreen: 'Full screen',
	theme: 'Theme',
	themeDark: 'Projector (dark)',
	themeLight: 'Projector (light)',
	themeStandard: 'Standard',
	presenterView: 'Presenter view',
	allTours: 'All tours',
	leave: 'Leave',

	// PresenterView
	presenterSuffix: ': presenter view',
	elapsed: 'Elapsed',
	timeElapsed: 'Time elapsed',
	thisStop: 'This stop',
	timeOnStop: 'Time on this stop',
	restartTimers: 'Restart timers',
	nowStop: (at: number, of: number) => `Now — stop ${n(at)} of ${n(of)}`,
	notRevealed: ' (not yet revealed: press → or R to reveal)',
	yourNotes: 'Your notes',
	noNotes: 'No notes for this stop.',
	onScreen: 'On the screen',
	nextLabel: 'Next',
	endOfTour: 'End of the tour',
	nextStopView: "The next stop's view",

	// StageSessions
	unknown: 'unknown',
	sessionsRegion: 'Sessions of the Conference of the Parties',
	colSession: 'Session',
	colDates: 'Dates',
	colPlace: 'Place',
	colPresident: 'President',
	colStatesParties: 'States parties',
	colParticipants: 'Participants',
	cop: (session: number) => `COP ${n(session)}`,

	// AddToTour
	addToTour: 'Add this view to a tour',
	addedAs: (stop: number, tour: string) => `Added as stop ${n(stop)} of “${tour}”.`,
	editYourTours: 'Edit your tours',
	stopShows: 'The stop shows',
	viewChoice: {
		timeline: 'The timeline',
		ratifications: 'The growth chart (Parties over time)',
		'cop-sessions': 'The COP sessions',
		map: 'The world map (who was bound where)'
	},
	atFilters: 'At this view’s filters:',
	allFilters: '(all, as on opening)',
	title: 'Title',
	narration: 'Narration',
	notes: 'Notes for the presenter',
	optional: '(optional)',
	eventsLabel: 'Sources: the events this stop is about',
	eventsHint: (count: number) =>
		`${n(count)} chosen. Ctrl or ⌘ (Shift for a range) to choose more than one.`,
	addItTo: 'Add it to',
	tourOption: (tour: string, stops: number) => `${tour} (${n(stops)} stops)`,
	newTour: 'A new tour…',
	newTourTitle: 'Title of the new tour',
	description: 'Description',
	newTourDescription: 'A tour made with UNTOC Timeline.',
	addStop: 'Add stop',
	cancel: 'Cancel',
	errTitle: 'Give the stop a title.',
	errNarration: 'Write what the room should hear at this stop.',
	errEvents: 'Pick at least one event whose sources back the stop.',
	errNewTitle: 'Give the new tour a title.',
	errNewDescription: 'Describe the tour.',

	// stopDraft: the proposed title when nothing is selected
	draftTitle: (view: string, years: string) => `${view}, ${years}`,
	draftViews: {
		timeline: 'The timeline',
		ratifications: 'Parties over time',
		'cop-sessions': 'The sessions of the Conference of the Parties',
		map: 'Who was bound where'
	},

	// TourEditor
	yourTours: 'Your tours',
	lede1:
		'Tours you build from the views you explore, kept in this browser only. Add a stop with “Add this view to a tour” on the',
	timelinePage: 'timeline page',
	lede2: '; save a tour as a file to keep it, share it, or add it to the app’s',
	setAside: (reason: string) =>
		`The tours stored in this browser could not all be read (${reason}). Their text was set aside, not deleted; the tours that could be read are below.`,
	setAsideKept: 'Set-aside data kept in this browser:',
	downloadSetAside: 'Download set-aside data',
	openFile: 'Open a tour file',
	openFileLabel: 'A tour saved from here, or a file of',
	opened: (tour: string, file: string, id: string | null) =>
		`Opened “${tour}” from ${file}${id === null ? '' : ` as ${id} (its id was taken)`}.`,
	notOpened: (file: string) => `${file} was not opened; your tours are unchanged:`,
	deletedStop: (title: string) => `Deleted the stop “${title}”.`,
	deletedTour: (title: string) => `Deleted the tour “${title}”.`,
	undo: 'Undo',
	noTours1: 'No tours yet. Open the',
	noTours2: ', choose what to show, and use “Add this view to a tour”.',
	present: 'Present',
	saveAsFile: 'Save as file',
	deleteTour: 'Delete tour',
	tourTitle: 'Tour title',
	cannotBeEmpty: 'This cannot be empty; the last saved text is kept.',
	stops: 'Stops',
	dragHint: 'Drag a stop by its handle, or use Move up and Move down.',
	dragToReorder: 'Drag to reorder',
	viewNames: {
		timeline: 'Timeline',
		ratifications: 'Growth chart',
		'cop-sessions': 'COP sessions',
		map: 'World map'
	},
	revealLabel: 'Predict, then reveal: hide the lines after',
	revealHint: 'Leave empty to show every line at once.',
	moveUp: 'Move up',
	moveDown: 'Move down',
	stopN: (stop: number) => `stop ${n(stop)}`,
	preview: 'Preview',
	delete: 'Delete',
	keepsLastStop: 'A tour keeps its last stop; delete the tour instead',

	// LocalTour
	yourTour: 'Your tour',
	presenterPrefix: 'Presenter · ',
	notFound: 'Tour not found',
	notFoundText: (id: string) =>
		`There is no tour ${id ? `called “${id}” ` : ''}in this browser. Tours you make are kept in the browser they were made in; open a tour file in the editor to bring one here.`,

	// The tour store (tourStore, LocalTours)
	noStorage: 'this browser gives no storage',
	storeNotJson: 'it is not JSON',
	storeNotStore: 'it is not a tour store ({ version, tours })',
	storeVersion: (found: string | null, version: number) =>
		`its version (${found ?? 'none'}) is not ${version}`,
	storeNotList: 'its "tours" is not a list',
	storeBadTours: (which: string[]) =>
		`tour${which.length > 1 ? 's' : ''} ${which.join(', ')} could not be read`,
	storeNotCopied: (reason: string, error: string) =>
		`${reason}; it could not be copied aside (${error})`,
	storeUnavailable: (why: string) => `Your tours cannot be kept in this browser: ${why}.`,
	storeUnsaved: (why: string) =>
		`Your tours could not be saved in this browser (${why}); they last until the page is closed.`,

	// A tour file's problems (tourFile, problemText); the field keeps the file's spelling
	fileAt: (line: number, field: string) => `line ${line}, ${field}`,
	kinds: {
		text: 'text',
		number: 'a number',
		boolean: 'true or false',
		true: 'true',
		false: 'false',
		list: 'a list',
		listBrackets: 'a list [ … ]',
		object: 'an object',
		objectBraces: 'an object { … }',
		null: 'null',
		nothing: 'nothing'
	},
	isMissing: 'is missing',
	mustNotBeEmpty: 'must not be empty',
	isEmpty: 'is empty',
	tooBig: 'is too big to be a tour',
	notTourField: 'is not a field of a tour',
	notFieldOf: (path: string) => `is not a field of ${path}`,
	mustBeLanguage: (list: string) => `must be one of ${list} (the tour's own text is the English)`,
	mustBeOneOf: (list: string) => `must be one of ${list}`,
	notATour: (found: string) => `must be a tour (an object { … }), not ${found}`,
	mustBe: (what: string, found: string) => `must be ${what}, not ${found}`,
	slug: 'must be a lowercase slug',
	stopNeedsEvents: 'a stop must name the events its claims come from',
	tourNeedsStop: 'a tour needs at least one stop',
	notIsoDate: 'must be a real calendar date written YYYY-MM-DD',
	notCalendarDate: (date: string) => `${date} is not a calendar date`,
	noSuchEvent: (id: string) => `refers to an event that does not exist: ${id}`,
	noSuchSelectedEvent: (id: string) => `event=${id} does not exist`,
	notJson: (detail: string | null) => `is not valid JSON${detail === null ? '' : `: ${detail}`}`
};
