/**
 * A tour's own text in the interface's language: the translation the tour carries for it (its
 * `translations`), else the tour's own English. Each text comes with the language it is in, so the
 * page can mark English inside another language (lang="en", "(in English)") and never pass a
 * missing translation off as one.
 */
import type { Tour } from '$lib/data/schema';
import type { Locale } from '$lib/i18n/locales';

type Stop = Tour['stops'][number];

/** A text and the language it is written in. */
export interface Shown {
	text: string;
	lang: Locale;
}

function pick<K extends string>(
	own: Partial<Record<K, string>>,
	translations: Partial<Record<string, Partial<Record<K, string>>>> | undefined,
	field: K,
	l: Locale
): Shown | null {
	const translated = l === 'en' ? undefined : translations?.[l]?.[field];
	if (translated) return { text: translated, lang: l };
	const text = own[field];
	return text === undefined ? null : { text, lang: 'en' };
}

/** tourText(tour, l): the tour's title and description in l, or in English where it has none. */
export function tourText(tour: Tour, l: Locale): { title: Shown; description: Shown } {
	return {
		title: pick(tour, tour.translations, 'title', l) as Shown,
		description: pick(tour, tour.translations, 'description', l) as Shown
	};
}

/** stopText(stop, l): the stop's title, narration and notes (null if none) in l, else in English. */
export function stopText(
	stop: Stop,
	l: Locale
): { title: Shown; narration: Shown; notes: Shown | null } {
	return {
		title: pick(stop, stop.translations, 'title', l) as Shown,
		narration: pick(stop, stop.translations, 'narration', l) as Shown,
		notes: pick(stop, stop.translations, 'notes', l)
	};
}
