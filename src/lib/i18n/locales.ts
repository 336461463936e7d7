/**
 * The six official languages of the United Nations, which the interface speaks. The language lives in
 * the address as `?lang=fr` (English, the default, writes nothing), beside and apart from every other
 * parameter, on every page and in the offline pack's hash. Pure: no state here.
 */
import type { IgnoredParam } from '$lib/state/url';

export const LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language by its own name, for the switch: a reader finds their language whatever is shown. */
export const AUTONYMS: Record<Locale, string> = {
	ar: 'العربية',
	zh: '中文',
	en: 'English',
	fr: 'Français',
	ru: 'Русский',
	es: 'Español'
};

/** The tag Intl formats with: English dates as the project has always written them (1 September 2006). */
export const INTL_TAG: Record<Locale, string> = {
	ar: 'ar',
	zh: 'zh',
	en: 'en-GB',
	fr: 'fr',
	ru: 'ru',
	es: 'es'
};

export const isLocale = (s: string): s is Locale => (LOCALES as readonly string[]).includes(s);

/** The writing direction of a language. */
export const dirOf = (l: Locale): 'rtl' | 'ltr' => (l === 'ar' ? 'rtl' : 'ltr');

/** The address parameter that carries the language. */
export const LANG_PARAM = 'lang';

/**
 * reportParam(param, value, reason): an IgnoredParam whose reason is read in the interface's language
 * each time it is shown, not when the address was read: a page reads its address before the language's
 * catalogue has loaded, and a notice on screen follows a switch of language. Here, beside readLang,
 * because this module is light and every page has it already.
 */
export function reportParam(param: string, value: string, reason: () => string): IgnoredParam {
	return {
		param,
		value,
		get reason() {
			return reason();
		}
	};
}

/** How readLang words its reports: the notice's messages, read each time the notice is shown. */
export interface LangReasons {
	repeated: () => string;
	notOneOf: (list: string) => string;
}

/**
 * The reports' English, by default. The interface's messages (`m.frame`) are not imported here: the
 * catalogues are built from this module, so importing them would make a cycle; a page's notice
 * passes them in (pageParams' `langReasons`).
 */
const ENGLISH_REASONS: LangReasons = {
	repeated: () => 'repeated parameter',
	notOneOf: (list) => `not one of ${list}`
};

/**
 * readLang(params, reasons): the language an address asks for, and the report of a value it cannot
 * use (repeated, or not one of the six), for the page's notice, worded by `reasons` when it is read.
 * Case and surrounding blanks are forgiven; a blank value is the default.
 */
export function readLang(
	params: URLSearchParams,
	reasons: LangReasons = ENGLISH_REASONS
): { locale: Locale; ignored: IgnoredParam[] } {
	const values = params.getAll(LANG_PARAM);
	const ignored: IgnoredParam[] = [];
	let locale: Locale = DEFAULT_LOCALE;
	values.forEach((raw, i) => {
		const v = raw.trim().toLowerCase();
		if (i > 0) ignored.push(reportParam(LANG_PARAM, raw, reasons.repeated));
		else if (v === '') return;
		else if (isLocale(v)) locale = v;
		else ignored.push(reportParam(LANG_PARAM, raw, () => reasons.notOneOf(LOCALES.join(', '))));
	});
	return { locale, ignored };
}
