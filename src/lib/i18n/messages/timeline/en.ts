/** The timeline area's interface strings, in English: the catalogue every other language follows. */
import { CATEGORY_LABELS, GROUP_LABELS } from '$lib/data/categories';
import type { CategoryId, GroupId } from '$lib/data/schema';
import { grammar } from '../../plural';

const { n, plural } = grammar('en');
const events = (n: number) => plural(n, { one: '# event', other: '# events' });

export default {
	// Category and regional group names (data/categories.ts holds them in English, for Node scripts).
	category: CATEGORY_LABELS as Record<CategoryId, string>,
	group: GROUP_LABELS as Record<GroupId, string>,

	// Timeline
	title: 'Timeline of events, 1975–2024',
	exportTitle: (window: string) => `Timeline of events, ${window}`,

	// timelineText: the summary under the title, and a cluster chip's accessible name
	summary: (count: number, first: string, last: string, lanes: number, window: string) =>
		`${events(count)} from ${first} to ${last} in ${plural(lanes, { one: '# category', other: '# categories' })}; showing ${window}.`,
	noEvents: 'No events match the filters.',
	clusterName: (count: number, span: string, titles: string) =>
		`${events(count)}, ${span}: ${titles}. Zoom in to see them.`,

	// EventNodes: a mark's accessible name (after its label as drawn), a chip's text
	markName: (title: string, date: string) => `${title}, ${date}`,
	chip: (count: number) => `+${n(count)}`,

	// TimelineToolbar
	zoom: 'Zoom',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	showAll: 'Show 1975–2024',

	// TimelineKeys: each key's action, and the punctuation between them
	keys: 'Keys',
	keysPrefix: 'Keys:',
	keyPrevNext: 'previous or next event',
	keyLane: 'next lane',
	keyDetails: 'details',
	keyZoom: 'zoom',
	keyPan: 'pan',
	keyEnds: 'first or last event',
	keyAll: 'whole span',
	keyClose: 'close details',
	keySep: ', ',
	keyEnd: '.',

	// LaneLegend
	categories: 'Categories',

	// EventDetails
	close: 'Close',
	closeDetails: ' details',
	knownMonth: 'Known to the month only.',
	knownYear: 'Known to the year only.',
	date: 'Date',
	categoryTerm: 'Category',
	location: 'Location',
	instruments: 'Instruments',
	notKnown: 'Not known',
	noInstruments: 'None in particular',
	note: 'Note:',
	sources: 'Sources',
	newTab: ' (opens in a new tab)',

	// ClusterPopover
	clusterLabel: 'Events in this cluster',
	clusterCount: events,
	clusterMore: (count: number) => `and ${n(count)} more`,
	clickZoom: 'Click to zoom in.',
	clickList: 'Click to list them.'
};
