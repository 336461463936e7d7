/**
 * An instrument's title in the reader's language, from data/instrument-titles.csv. Where the research
 * found no official title in that language, the English one stands in, and `lang` says so, so that the
 * view can mark it "(in English)" and set `lang="en"` on it rather than pass it off as a translation.
 */
import type { InstrumentTitle } from './rowSchemas';
import type { InstrumentId, UnLanguage } from './schema';

/** The rows a title is chosen from: the dataset's, or the About page's copy of them. */
type TitleRow = Pick<InstrumentTitle, 'instrument' | 'lang' | 'title' | 'short' | 'source'>;

export interface ShownTitle {
	/** The official title. */
	title: string;
	/** The short name the UN uses in that language, or null when none was recorded. */
	short: string | null;
	/** The language the title is in: the one asked for, or 'en' when it fell back. */
	lang: UnLanguage;
	/** Where the title was read. */
	source: { title: string; url: string };
}

/**
 * instrumentTitle(dataset, instrumentId, lang): the title in `lang`, else the English one with lang
 * 'en'; null only for an instrument with no title at all (the data check rules that out).
 */
export function instrumentTitle(
	dataset: { instrumentTitles: readonly TitleRow[] },
	instrumentId: InstrumentId,
	lang: UnLanguage
): ShownTitle | null {
	const row = (l: UnLanguage) =>
		dataset.instrumentTitles.find((t) => t.instrument === instrumentId && t.lang === l);
	const found = row(lang) ?? row('en');
	return found
		? { title: found.title, short: found.short, lang: found.lang, source: found.source }
		: null;
}
