/**
 * "Cite this view": the same view cited in APA, OSCOLA and Bluebook style, with its permalink, the
 * dataset's as-of date and the date it was accessed. Exports carry the APA form in their footer. In
 * another language each style keeps its structure, with its words and dates in that language.
 */
import { formatDate } from '$lib/data/formatDate';
import { fmtNumber, intlTag, lang, m } from '$lib/i18n/i18n.svelte';

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

/**
 * Bluebook dates: "Apr. 9, 2025", the month cut as Bluebook's table T12 does (May, June and July whole,
 * Sept., the others to three letters and a full stop) from the platform's month name; in another
 * language, the platform's own short date in that language ("9 avr. 2025").
 */
function bluebookDate(iso: string): string {
	const [y, mo, d] = iso.split('-').map(Number);
	if (lang() !== 'en')
		return new Intl.DateTimeFormat(intlTag(), {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1)));
	const month = formatDate(iso.slice(0, 7), 'en').split(' ')[0] ?? '';
	const short =
		month.length <= 4 ? month : month === 'September' ? 'Sept.' : `${month.slice(0, 3)}.`;
	return `${short} ${d}, ${y}`;
}

/** cite(view): the view cited in three styles, in the interface's language. */
export function cite(v: CitedView): Citations {
	const year = fmtNumber(Number(v.dataAsOf.slice(0, 4)), { useGrouping: false });
	// A view with no public address (the offline pack with none configured) is cited without one.
	const link = v.permalink;
	const t = m.exports;
	const parts = { title: v.title, year, link };
	const dates = { dataAsOf: formatDate(v.dataAsOf), accessed: formatDate(v.accessed) };
	return {
		apa: t.apa({ ...parts, ...dates }),
		oscola: t.oscola({ ...parts, ...dates }),
		bluebook: t.bluebook({
			...parts,
			dataAsOf: bluebookDate(v.dataAsOf),
			accessed: bluebookDate(v.accessed)
		})
	};
}
