/**
 * The query of the pages other than the dashboard, read the way fromQuery reads the dashboard's: a
 * value a page cannot use, and a parameter it does not read at all, is reported (for the same notice
 * `/` shows) and otherwise ignored, never a reason to fail or to show something else silently.
 */
import { m } from '$lib/i18n/i18n.svelte';
import { LANG_PARAM, readLang, reportParam as report, type LangReasons } from '$lib/i18n/locales';
import type { IgnoredParam } from './url';

/** readLang's reports in the interface's language, for a page's notice. */
export const langReasons: LangReasons = {
	repeated: () => m.frame.reasonRepeated,
	notOneOf: (list) => m.frame.reasonNotOneOf(list)
};

/**
 * unknownParams(params, known): one report per parameter name the page does not read, and the
 * language's (`lang`, which every page reads) when its value cannot be used.
 */
export function unknownParams(
	params: URLSearchParams,
	known: readonly string[] = []
): IgnoredParam[] {
	const ignored: IgnoredParam[] = readLang(params, langReasons).ignored;
	for (const key of new Set(params.keys())) {
		if (key !== LANG_PARAM && !known.includes(key))
			ignored.push(report(key, params.get(key) ?? '', () => m.frame.reasonUnknownParam));
	}
	return ignored;
}

/** The presentation's themes; `projector` (dark) is the default. */
export const THEMES = ['light', 'projector', 'projector-light'] as const;
export type ThemeName = (typeof THEMES)[number];

/** What a presentation's address asks for: the stop (from 1) and the theme, or null for the default. */
export interface StopQuery {
	stop: number | null;
	theme: ThemeName | null;
	ignored: IgnoredParam[];
}

/**
 * readStopQuery(params, stops): the stop and theme of a tour of `stops` stops. A stop that is not a
 * whole number from 1 to `stops`, a theme that is not one of THEMES, a repeated one and any other
 * parameter are reported; a blank value means the default, as on `/`.
 */
export function readStopQuery(params: URLSearchParams, stops: number): StopQuery {
	const out: StopQuery = { stop: null, theme: null, ignored: [] };
	const seen = new Set<string>();
	for (const [key, raw] of params) {
		if (key !== 'stop' && key !== 'theme') continue;
		const value = raw.trim();
		if (seen.has(key)) out.ignored.push(report(key, raw, () => m.frame.reasonRepeated));
		else if (value === '') {
			// Blank: the default, as a blank filter on `/` is.
		} else if (key === 'stop') {
			const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
			if (n >= 1 && n <= stops) out.stop = n;
			else out.ignored.push(report(key, raw, () => m.frame.reasonNotAStop(stops)));
		} else {
			const theme = THEMES.find((t) => t === value.toLowerCase());
			if (theme) out.theme = theme;
			else out.ignored.push(report(key, raw, () => m.frame.reasonNotOneOf(THEMES.join(', '))));
		}
		seen.add(key);
	}
	out.ignored.push(...unknownParams(params, ['stop', 'theme']));
	return out;
}
