/**
 * "Cite this view": the same view cited in APA, OSCOLA and Bluebook style, with its permalink, the
 * dataset's as-of date and the date it was accessed. Exports carry the APA form in their footer.
 */
import { formatDate } from '$lib/data/formatDate';

export interface CitedView {
	/** What the view shows, e.g. "Ratification growth: Parties, 2000–2025". */
	title: string;
	/** The public address that restores the view; "" when it has none. */
	permalink: string;
	/** The dataset's as-of date, YYYY-MM-DD. */
	dataAsOf: string;
	/** The day the reader accessed it, YYYY-MM-DD (UTC). */
	accessed: string;
}

export interface Citations {
	apa: string;
	oscola: string;
	bluebook: string;
}

const AUTHOR = 'UNTOC Timeline contributors';
const WORK =
	'UNTOC Timeline: The UN Convention against Transnational Organized Crime and its Protocols, 1975–2024';

const MONTHS_SHORT = [
	'Jan.',
	'Feb.',
	'Mar.',
	'Apr.',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.'
];
/** Bluebook dates: "Apr. 9, 2025". */
function bluebookDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${MONTHS_SHORT[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** cite(view): the view cited in three styles. */
export function cite(v: CitedView): Citations {
	const year = v.dataAsOf.slice(0, 4);
	// A view with no public address (the offline pack with none configured) is cited without one.
	const link = v.permalink;
	return {
		apa: `${AUTHOR}. (${year}). ${v.title} [Data visualization]. In ${WORK} (data as of ${formatDate(v.dataAsOf)}). Retrieved ${formatDate(v.accessed)}${link ? `, from ${link}` : '.'}`,
		oscola: `${AUTHOR}, '${v.title}' (${WORK}, data as of ${formatDate(v.dataAsOf)})${link ? ` <${link}>` : ''} accessed ${formatDate(v.accessed)}`,
		bluebook: `${AUTHOR}, ${v.title}, ${WORK} (data as of ${bluebookDate(v.dataAsOf)}),${link ? ` ${link}` : ''} (last visited ${bluebookDate(v.accessed)})`
	};
}
