/**
 * A tour as a file: written in exactly the form of data/tours/<id>.json (fields in the schema's order,
 * tab-indented, a final newline), so a presenter's tour can be copied into data/tours and pass
 * `npm run data:check`; and read back with the same checks, each problem named by line and field.
 */
import { describeJsonFault, findJsonFault } from '$lib/data/jsonSyntax';
import { jsonLines, lineOf } from '$lib/data/jsonLines';
import { shown } from '$lib/data/problems';
import { fileText } from '$lib/data/rawText';
import { TourSchema, type Tour } from '$lib/data/schema';
import { validateRecord } from '$lib/data/validateRecord';
import { m } from '$lib/i18n/i18n.svelte';
import { problemText } from './problemText';

/** The most a tour file may be; a tour is a few kilobytes. */
export const TOUR_FILE_MAX_BYTES = 1_000_000;

/** One thing wrong with a tour file: where (line, field) and what. */
export interface TourFileProblem {
	line: number | null;
	field: string;
	message: string;
}

/** tourFileText(tour): the file's text, as data/tours holds it. */
export function tourFileText(tour: Tour): string {
	const ordered = {
		id: tour.id,
		title: tour.title,
		description: tour.description,
		...(tour.translations ? { translations: tour.translations } : {}),
		stops: tour.stops.map((s) => ({
			title: s.title,
			narration: s.narration,
			...(s.notes?.trim() ? { notes: s.notes } : {}),
			view: s.view,
			query: s.query,
			events: s.events,
			reveal: s.reveal ? { after: s.reveal.after } : null,
			...(s.translations ? { translations: s.translations } : {})
		}))
	};
	return `${JSON.stringify(ordered, null, '\t')}\n`;
}

/** tourFileName(tour): the name data/tours expects (the id). */
export const tourFileName = (tour: Tour) => `${tour.id}.json`;

/**
 * describeProblem(p): one line for the page, "line 12, stops.0.narration: is missing", in the
 * interface's language (the field keeps the file's own spelling).
 */
export function describeProblem(p: TourFileProblem): string {
	const where = p.line === null ? p.field : m.present.fileAt(p.line, p.field);
	return `${where}: ${problemText(p.message)}`;
}

/**
 * readTourFile(raw, eventIds): the tour in a file's text, or every problem with it. The events a stop
 * names, and the event its query selects, must be in the dataset (as data:check demands).
 */
export function readTourFile(
	raw: string,
	eventIds: ReadonlySet<string>
): { tour: Tour } | { problems: TourFileProblem[] } {
	if (raw.length > TOUR_FILE_MAX_BYTES) {
		return { problems: [{ line: null, field: '(file)', message: 'is too big to be a tour' }] };
	}
	const read = fileText('tour', raw);
	if ('problem' in read) {
		return { problems: [{ line: null, field: '(file)', message: read.problem.message }] };
	}
	let value: unknown;
	try {
		value = JSON.parse(read.text);
	} catch {
		const fault = findJsonFault(read.text);
		return {
			problems: [
				{ line: fault?.line ?? null, field: '(syntax)', message: describeJsonFault(read.text) }
			]
		};
	}
	const lines = jsonLines(read.text);
	const result = validateRecord(TourSchema, value, 'a tour');
	if ('faults' in result) {
		return {
			problems: result.faults.map((f) => ({
				line: lineOf(lines, f.field === '(record)' ? '' : f.field),
				...f
			}))
		};
	}
	const problems: TourFileProblem[] = [];
	result.output.stops.forEach((stop, i) => {
		stop.events.forEach((id, j) => {
			if (!eventIds.has(id)) {
				const field = `stops.${i}.events.${j}`;
				problems.push({
					line: lineOf(lines, field),
					field,
					message: `refers to an event that does not exist: ${shown(id)}`
				});
			}
		});
		const event = new URLSearchParams(stop.query).get('event');
		if (event !== null && !eventIds.has(event)) {
			const field = `stops.${i}.query`;
			problems.push({
				line: lineOf(lines, field),
				field,
				message: `event=${shown(event)} does not exist`
			});
		}
	});
	return problems.length ? { problems } : { tour: result.output };
}
