// Tours may carry translations of their own text: checked like the rest of a tour file (line and
// field named), kept by Save as file, and shown in the interface's language with English as fallback.
import { afterEach, describe, expect, it } from 'vitest';
import type { Tour } from '$lib/data/schema';
import { setLang } from '$lib/i18n/i18n.svelte';
import { dataset } from '../../../tests/unit/loadData';
import { describeProblem, readTourFile, tourFileText } from './tourFile';
import { stopText, tourText } from './tourText';

const eventIds = new Set(dataset.events.map((e) => e.id));

const tour: Tour = {
	id: 'bilingual',
	title: 'Palermo',
	description: 'One stop.',
	translations: { fr: { title: 'Palerme' } },
	stops: [
		{
			title: 'Signed',
			narration: 'Open for signature.',
			notes: 'Pause here.',
			view: 'timeline',
			query: 'from=2000',
			events: ['palermo-signing-conference-2000'],
			reveal: null,
			translations: {
				fr: { title: 'Signée', narration: 'Ouverte à la signature.' },
				es: { notes: 'Haga una pausa.' }
			}
		}
	]
};

const problems = (text: string) => {
	const r = readTourFile(text, eventIds);
	return 'problems' in r ? r.problems.map(describeProblem) : [];
};

afterEach(async () => {
	await setLang('en');
});

describe('tour translations', () => {
	it('readTourFile(tourFileText(tour)) keeps the translations, after reveal, in the schema order', () => {
		const text = tourFileText(tour);
		expect(readTourFile(text, eventIds)).toEqual({ tour });
		expect(Object.keys(JSON.parse(text))).toEqual([
			'id',
			'title',
			'description',
			'translations',
			'stops'
		]);
		expect(Object.keys(JSON.parse(text).stops[0]).at(-1)).toBe('translations');
	});

	it('tourFileText(tour) writes no translations field for a tour without them', () => {
		const plain = { ...tour };
		delete plain.translations;
		const stop = { ...tour.stops[0]! };
		delete stop.translations;
		expect(tourFileText({ ...plain, stops: [stop] })).not.toContain('translations');
	});

	const bad: [string, (t: string) => string, string][] = [
		[
			'a language that is not one of the five',
			(t) => t.replace('"es": {', '"de": {'),
			"line 26, stops.0.translations.de: must be one of ar, zh, fr, ru, es (the tour's own text is the English)"
		],
		[
			'English as a translation',
			(t) =>
				t.replace('"fr": {\n\t\t\t\t\t"title": "Signée"', '"en": {\n\t\t\t\t\t"title": "Signée"'),
			"line 22, stops.0.translations.en: must be one of ar, zh, fr, ru, es (the tour's own text is the English)"
		],
		[
			'a number for a text',
			(t) => t.replace('"Palerme"', '42'),
			'line 7, translations.fr.title: must be text, not a number'
		],
		[
			'an empty text',
			(t) => t.replace('"Haga una pausa."', '"  "'),
			'line 27, stops.0.translations.es.notes: must not be empty'
		],
		[
			'a field a stop does not have',
			(t) => t.replace('"notes": "Haga', '"note": "Haga'),
			'line 27, stops.0.translations.es.note: is not a field of stops.0.translations.es'
		],
		[
			'a list for a language',
			(t) => t.replace('"fr": {\n\t\t\t"title": "Palerme"\n\t\t}', '"fr": ["Palerme"]'),
			'line 6, translations.fr: must be an object { … }, not a list'
		]
	];
	for (const [what, edit, message] of bad) {
		it(`readTourFile(text) refuses ${what}, naming the line and field`, () => {
			expect(problems(edit(tourFileText(tour)))).toContain(message);
		});
	}

	it('describeProblem(p) says the problem in the interface language, keeping the field', async () => {
		const text = tourFileText(tour).replace('"es": {', '"de": {');
		await setLang('fr');
		expect(problems(text)).toEqual([
			'ligne 26, stops.0.translations.de: doit être l’un de ar, zh, fr, ru, es (le texte propre du parcours est l’anglais)'
		]);
	});

	it('stopText(stop, l) takes the translation, and each missing one falls back to the English, marked en', () => {
		const stop = tour.stops[0]!;
		expect(stopText(stop, 'fr')).toEqual({
			title: { text: 'Signée', lang: 'fr' },
			narration: { text: 'Ouverte à la signature.', lang: 'fr' },
			notes: { text: 'Pause here.', lang: 'en' }
		});
		expect(stopText(stop, 'es')).toEqual({
			title: { text: 'Signed', lang: 'en' },
			narration: { text: 'Open for signature.', lang: 'en' },
			notes: { text: 'Haga una pausa.', lang: 'es' }
		});
		expect(stopText({ ...stop, notes: undefined }, 'ru').notes).toBeNull();
	});

	it('tourText(tour, l) is the English in English, whatever the tour carries', () => {
		expect(tourText(tour, 'en').title).toEqual({ text: 'Palermo', lang: 'en' });
		expect(tourText(tour, 'fr').title).toEqual({ text: 'Palerme', lang: 'fr' });
		expect(tourText(tour, 'fr').description).toEqual({ text: 'One stop.', lang: 'en' });
	});

	it('the bundled tours, checked with the same schema, still read (translations are optional)', () => {
		expect(dataset.tours.length).toBeGreaterThan(0);
		for (const t of dataset.tours)
			expect(readTourFile(tourFileText(t), eventIds)).toEqual({ tour: t });
	});
});
