/**
 * Helpers for the catalogues' messages that carry a number: the number written the language's way and
 * the plural form the language's rules choose (Intl.PluralRules: Arabic has six forms, Russian three,
 * Chinese one). Each catalogue builds its own with its language's tag, so a message never borrows
 * English grammar.
 */
import { INTL_TAG, type Locale } from './locales';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** grammar('fr'): { n, plural } for messages of that language. */
export function grammar(locale: Locale) {
	const tag = INTL_TAG[locale];
	const numbers = new Intl.NumberFormat(tag);
	const rules = new Intl.PluralRules(tag);
	return {
		/** n(1234): "1 234" in French, "1,234" in Arabic (the digits the `ar` locale writes). */
		n: (x: number) => numbers.format(x),
		/** plural(n, { one: '# State', other: '# States' }): the form for n, with # as the number. */
		plural: (x: number, forms: PluralForms) =>
			(forms[rules.select(x)] ?? forms.other).replaceAll('#', numbers.format(x))
	};
}
