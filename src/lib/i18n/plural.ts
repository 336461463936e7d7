/**
 * Helpers for the catalogues' messages that carry a number: the number written the language's way and
 * the plural form the language's rules choose (Intl.PluralRules: Arabic has six forms, Russian three,
 * Chinese one). Each catalogue asks for its language's, so a message never borrows English grammar;
 * the catalogues of one language share one, whose Intl objects are made on first use (making them is
 * what costs, at the page's start).
 */
import { INTL_TAG, type Locale } from './locales';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface Grammar {
	/** n(1234): "1 234" in French, "1,234" in Arabic (the digits the `ar` locale writes). */
	n: (x: number) => string;
	/** plural(n, { one: '# State', other: '# States' }): the form for n, with # as the number. */
	plural: (x: number, forms: PluralForms) => string;
}
const made = new Map<Locale, Grammar>();

/** grammar('fr'): { n, plural } for messages of that language. */
export function grammar(locale: Locale): Grammar {
	let g = made.get(locale);
	if (g) return g;
	let numbers: Intl.NumberFormat | undefined;
	let rules: Intl.PluralRules | undefined;
	const n = (x: number) => (numbers ??= new Intl.NumberFormat(INTL_TAG[locale])).format(x);
	g = {
		n,
		plural: (x, forms) =>
			(
				forms[(rules ??= new Intl.PluralRules(INTL_TAG[locale])).select(x)] ?? forms.other
			).replaceAll('#', n(x))
	};
	made.set(locale, g);
	return g;
}
