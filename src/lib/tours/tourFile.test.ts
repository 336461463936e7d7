// A tour saved as a file must be exactly what data/tours holds: copied into a copy of data/, the real
// `npm run data:check` accepts it. A bad file is refused with the line and field at fault.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tour } from '$lib/data/schema';
import { dataset, dataDir } from '../../../tests/unit/loadData';
import { describeProblem, readTourFile, tourFileName, tourFileText } from './tourFile';

const root = new URL('../../../', import.meta.url).pathname;
const eventIds = new Set(dataset.events.map((e) => e.id));

const tour: Tour = {
	id: 'my-workshop',
	title: 'My workshop',
	description: 'Two stops.',
	stops: [
		{
			title: 'Palermo',
			narration: 'Open for signature.',
			view: 'timeline',
			query: 'from=2000-09&to=2001-03&event=palermo-signing-conference-2000',
			events: ['palermo-signing-conference-2000'],
			reveal: null
		},
		{
			title: 'Growth',
			narration: 'How fast?',
			notes: 'Ask the room first.',
			view: 'ratifications',
			query: 'measure=parties',
			events: ['untoc-entry-into-force'],
			reveal: { after: '2003-09-29' }
		}
	]
};

describe('tourFile', () => {
	it('tourFileText(tour) is tab-indented JSON in the schema order, ending in a newline', () => {
		const text = tourFileText({
			...tour,
			stops: [{ ...tour.stops[0]!, reveal: null, notes: ' ' }]
		});
		expect(text.endsWith('}\n')).toBe(true);
		expect(text.split('\n')[1]).toBe('\t"id": "my-workshop",');
		expect(text).not.toContain('notes');
		expect(Object.keys(JSON.parse(text).stops[0])).toEqual([
			'title',
			'narration',
			'view',
			'query',
			'events',
			'reveal'
		]);
	});

	it('tourFileText(tour), copied into data/tours, passes npm run data:check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'untoc-tour-'));
		try {
			cpSync(dataDir, dir, { recursive: true });
			writeFileSync(join(dir, 'tours', tourFileName(tour)), tourFileText(tour));
			const r = spawnSync('node', ['scripts/data-check.js', dir], { cwd: root, encoding: 'utf8' });
			expect(`${r.stdout}${r.stderr}`).toContain('2 tour(s)');
			expect(r.status).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('readTourFile(tourFileText(tour)) gives the tour back', () => {
		expect(readTourFile(tourFileText(tour), eventIds)).toEqual({ tour });
	});

	it('readTourFile(text) names the line and field of a missing field', () => {
		const text = tourFileText(tour).replace('\t\t\t"narration": "How fast?",\n', '');
		const r = readTourFile(text, eventIds);
		expect(r).toEqual({
			problems: [{ line: 16, field: 'stops.1.narration', message: 'is missing' }]
		});
		if ('problems' in r)
			expect(describeProblem(r.problems[0]!)).toBe('line 16, stops.1.narration: is missing');
	});

	const bad: [string, (t: string) => string, RegExp][] = [
		[
			'a syntax error',
			(t) => t.replace('"view": "timeline",', '"view": "timeline"'),
			/^line 10, \(syntax\): is not valid JSON: unexpected/
		],
		[
			'a wrong view',
			(t) => t.replace('"timeline"', '"globe"'),
			/^line 9, stops\.0\.view: must be one of timeline, ratifications, cop-sessions, map$/
		],
		[
			'no events',
			(t) => t.replace(/\[\s*"palermo-signing-conference-2000"\s*\]/, '[]'),
			/^line 11, stops\.0\.events: a stop must name the events/
		],
		[
			'an unknown event',
			(t) => t.replace('"untoc-entry-into-force"', '"no-such-event"'),
			/^line 23, stops\.1\.events\.0: refers to an event that does not exist/
		],
		[
			'an unknown selected event',
			(t) => t.replace('event=palermo', 'event=nowhere'),
			/^line 10, stops\.0\.query: event=nowhere-signing-conference-2000 does not exist$/
		],
		[
			'an unknown field',
			(t) => t.replace('"id":', '"colour": "red",\n\t"id":'),
			/^line 2, colour: is not a field of a tour/
		],
		['a list instead of a tour', () => '[]\n', /\(record\): must be a tour/],
		['an empty file', () => '  \n', /\(file\): is empty/]
	];
	for (const [what, edit, message] of bad) {
		it(`readTourFile(text) refuses ${what}, naming where`, () => {
			const r = readTourFile(edit(tourFileText(tour)), eventIds);
			expect('problems' in r).toBe(true);
			if ('problems' in r) expect(describeProblem(r.problems[0]!)).toMatch(message);
		});
	}
});
