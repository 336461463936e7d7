/**
 * The interface's language, as one piece of state every view reads: `m` (the current catalogue's
 * messages, `m.frame.skip`), `lang()`, and the platform's formatters for it. English is bundled; any
 * other catalogue is its own chunk, loaded when the language is chosen, so a page carries only the
 * messages it shows. Reading `m` or `lang()` in a template or a $derived tracks the language: a switch
 * redraws every string in place, keeping the view as it is.
 */
import en, { type Messages } from './catalogue/en';
import { DEFAULT_LOCALE, dirOf, INTL_TAG, type Locale } from './locales';

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
	ar: () => import('./catalogue/ar'),
	zh: () => import('./catalogue/zh'),
	fr: () => import('./catalogue/fr'),
	ru: () => import('./catalogue/ru'),
	es: () => import('./catalogue/es')
};

let current = $state.raw<{ locale: Locale; messages: Messages }>({
	locale: DEFAULT_LOCALE,
	messages: en
});

/** The current language's messages: `m.frame.skip`, `m.tables.rows(12)`. */
export const m: Messages = new Proxy({} as Messages, {
	get: (_, area) => current.messages[area as keyof Messages]
});

/** The current language. */
export const lang = (): Locale => current.locale;

/** The tag the platform formats the current language with (`en-GB` for English). */
export const intlTag = (): string => INTL_TAG[current.locale];

let pending: Locale = DEFAULT_LOCALE;

/**
 * setLang(l): switches the interface to l once its catalogue has loaded (at once for English), and
 * sets `<html lang dir>`. A later call wins over an earlier one still loading.
 */
export async function setLang(l: Locale): Promise<void> {
	pending = l;
	const messages = l === 'en' ? en : (await LOADERS[l]()).default;
	if (pending !== l) return;
	current = { locale: l, messages };
	if (typeof document !== 'undefined') {
		document.documentElement.lang = l;
		document.documentElement.dir = dirOf(l);
	}
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** fmtNumber(n): n written the current language's way (12,345 · 12 345 · 12.345). */
export function fmtNumber(n: number, options?: Intl.NumberFormatOptions): string {
	const tag = intlTag();
	const key = `${tag}|${JSON.stringify(options ?? {})}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(tag, options)));
	return f.format(n);
}

const collators = new Map<string, Intl.Collator>();
/** collator(): the current language's order for names (accents, case and its own alphabet). */
export function collator(): Intl.Collator {
	const tag = intlTag();
	let c = collators.get(tag);
	if (!c) collators.set(tag, (c = new Intl.Collator(tag, { sensitivity: 'base', numeric: true })));
	return c;
}

const regionNames = new Map<string, Intl.DisplayNames>();
/**
 * regionName(alpha2, fallback): a country's or area's name in the current language from the platform
 * (Intl.DisplayNames), or the fallback (the dataset's English name) where the platform has none. In
 * English the dataset's own name is kept: it is the UN's short name, which the data sources cite.
 */
export function regionName(alpha2: string | null | undefined, fallback: string): string {
	const l = current.locale;
	if (l === 'en' || !alpha2) return fallback;
	let d = regionNames.get(l);
	if (!d)
		regionNames.set(
			l,
			(d = new Intl.DisplayNames([INTL_TAG[l]], { type: 'region', fallback: 'none' }))
		);
	try {
		return d.of(alpha2.toUpperCase()) ?? fallback;
	} catch {
		return fallback;
	}
}

/** Each participant's ISO 3166-1 alpha-2 code (data/participant-aliases.csv), for the platform's names. */
const alpha2 = new Map<string, string>();

/** registerAliases(aliases): learns the alpha-2 codes once, when the dataset is loaded. */
export function registerAliases(
	aliases: readonly { participant: string; alias: string; kind: string }[]
): void {
	for (const a of aliases) if (a.kind === 'alpha-2') alpha2.set(a.participant, a.alias);
}

/** participantName(p): the State's name in the current language (its dataset name in English). */
export function participantName(p: { iso3: string; name: string }): string {
	return regionName(alpha2.get(p.iso3), p.name);
}
