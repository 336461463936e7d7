/**
 * Helpers for the catalogues' messages that carry a number: the number written the language's way and
 * the plural form the language's rules choose (Intl.PluralRules: Arabic has six forms, Russian three,
 * Chinese one). Each catalogue builds its own with its language's tag, so a message never borrows
 * English grammar.
 */
import { INTL_TAG, type Locale } from './locales';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Grammar = {
	n: (x: number) => string;
	plural: (x: number, forms: PluralForms) => string;
};
const made = new Map<Locale, Grammar>();

/**
 * grammar('fr'): { n, plural } for messages of that language; one per language, shared by every
 * catalogue, and its Intl objects made on first use (making them is what costs).
 */
export function grammar(locale: Locale): Grammar {
	const known = made.get(locale);
	if (known) return known;
	const tag = INTL_TAG[locale];
	let intl: { numbers: Intl.NumberFormat; rules: Intl.PluralRules } | null = null;
	const get = () =>
		(intl ??= { numbers: new Intl.NumberFormat(tag), rules: new Intl.PluralRules(tag) });
	const numbers = { format: (x: number) => get().numbers.format(x) };
	const rules = { select: (x: number) => get().rules.select(x) };
	const g: Grammar = {
		/** n(1234): "1 234" in French, "1,234" in Arabic (the digits the `ar` locale writes). */
		n: (x: number) => numbers.format(x),
		/** plural(n, { one: '# State', other: '# States' }): the form for n, with # as the number. */
		plural: (x: number, forms: PluralForms) =>
			(forms[rules.select(x)] ?? forms.other).replaceAll('#', numbers.format(x))
	};
	made.set(locale, g);
	return g;
}
