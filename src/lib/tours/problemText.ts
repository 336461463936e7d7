/**
 * A tour file's problem in the interface's language. The checks word their problems in English (the
 * data's own checker, `npm run data:check`, runs them in Node and prints them so); the messages a
 * presenter may meet on opening a tour file are matched here and said again in the page's language.
 * Anything not matched, and every detail quoted from the file, stays as written.
 */
import { m } from '$lib/i18n/i18n.svelte';

type Kind = keyof typeof m.present.kinds;
const KINDS: Record<string, Kind> = {
	text: 'text',
	'a number': 'number',
	'true or false': 'boolean',
	true: 'true',
	false: 'false',
	'a list': 'list',
	'a list [ … ]': 'listBrackets',
	'an object': 'object',
	'an object { … }': 'objectBraces',
	null: 'null',
	nothing: 'nothing'
};
const kind = (k: string) => (KINDS[k] ? m.present.kinds[KINDS[k]] : k);

/** Each English message: its pattern, and how to say it in the current language. */
const RULES: [RegExp, (...g: string[]) => string][] = [
	[/^is missing$/, () => m.present.isMissing],
	[/^must not be empty$/, () => m.present.mustNotBeEmpty],
	[/^is empty$/, () => m.present.isEmpty],
	[/^is too big to be a tour$/, () => m.present.tooBig],
	[/^is not a field of a tour$/, () => m.present.notTourField],
	[/^is not a field of (.+)$/, (path) => m.present.notFieldOf(path)],
	[
		/^must be one of ([a-z, ]+) \(the tour's own text is the English\)$/,
		(list) => m.present.mustBeLanguage(list)
	],
	[/^must be one of (.+)$/, (list) => m.present.mustBeOneOf(list)],
	[/^must be a tour \(an object \{ … \}\), not (.+)$/, (found) => m.present.notATour(kind(found))],
	[/^must be (.+), not (.+)$/, (what, found) => m.present.mustBe(kind(what), kind(found))],
	[/^must be a lowercase slug$/, () => m.present.slug],
	[/^a stop must name the events its claims come from$/, () => m.present.stopNeedsEvents],
	[/^a tour needs at least one stop$/, () => m.present.tourNeedsStop],
	[/^must be a real calendar date written YYYY-MM-DD$/, () => m.present.notIsoDate],
	[/^(.+) is not a calendar date$/, (d) => m.present.notCalendarDate(d)],
	[/^refers to an event that does not exist: (.+)$/, (id) => m.present.noSuchEvent(id)],
	[/^event=(.+) does not exist$/, (id) => m.present.noSuchSelectedEvent(id)],
	[/^is not valid JSON(?:: (.+))?$/, (detail) => m.present.notJson(detail ?? null)]
];

/** problemText(message): the message in the interface's language, or as it is if not one we know. */
export function problemText(message: string): string {
	for (const [pattern, say] of RULES) {
		const match = pattern.exec(message);
		if (match) return say(...match.slice(1));
	}
	return message;
}
