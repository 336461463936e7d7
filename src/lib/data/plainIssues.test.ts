import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldProblems, plainMessage } from './plainIssues';

const Schema = v.strictObject({
	title: v.string(),
	count: v.pipe(v.number(), v.integer(), v.minValue(0)),
	precision: v.picklist(['day', 'month', 'year']),
	sources: v.array(v.strictObject({ title: v.string(), ok: v.boolean() })),
	extra: v.optional(v.record(v.string(), v.unknown())),
	worded: v.pipe(v.string(), v.regex(/^a/, 'must start with a'))
});
const valid = {
	title: 't',
	count: 1,
	precision: 'day',
	sources: [{ title: 's', ok: true }],
	worded: 'a'
};
const problems = (input: unknown) => {
	const r = v.safeParse(Schema, input, { message: plainMessage('an event') });
	return r.success ? [] : fieldProblems(r.issues, 'an event');
};

describe('plainMessage and fieldProblems', () => {
	it.each<[string, unknown, { field: string; message: string }[]]>([
		[
			'an unknown field',
			{ ...valid, colour: 'red' },
			[{ field: 'colour', message: 'is not a field of an event' }]
		],
		[
			'an unknown nested field',
			{ ...valid, sources: [{ title: 's', ok: true, colour: 1 }] },
			[{ field: 'sources.0.colour', message: 'is not a field of sources.0' }]
		],
		[
			'a missing field',
			Object.fromEntries(Object.entries(valid).filter(([k]) => k !== 'title')),
			[{ field: 'title', message: 'is missing' }]
		],
		[
			'a number for text',
			{ ...valid, title: 5 },
			[{ field: 'title', message: 'must be text, not a number' }]
		],
		[
			'text for a number',
			{ ...valid, count: '5' },
			[{ field: 'count', message: 'must be a number, not text' }]
		],
		[
			'a fraction',
			{ ...valid, count: 1.5 },
			[{ field: 'count', message: 'must be a whole number' }]
		],
		[
			'a negative count',
			{ ...valid, count: -1 },
			[{ field: 'count', message: 'must be at least 0' }]
		],
		[
			'a value off the list',
			{ ...valid, precision: 'week' },
			[{ field: 'precision', message: 'must be one of day, month, year' }]
		],
		[
			'text for a boolean',
			{ ...valid, sources: [{ title: 's', ok: 'yes' }] },
			[{ field: 'sources.0.ok', message: 'must be true or false, not text' }]
		],
		[
			'an object for a list',
			{ ...valid, sources: {} },
			[{ field: 'sources', message: 'must be a list [ … ], not an object' }]
		],
		[
			'a list for an object',
			{ ...valid, sources: [['s']] },
			[{ field: 'sources.0', message: 'must be an object { … }, not a list' }]
		],
		[
			'null for a record',
			{ ...valid, extra: null },
			[{ field: 'extra', message: 'must be an object { … }, not null' }]
		],
		[
			'a worded rule',
			{ ...valid, worded: 'b' },
			[{ field: 'worded', message: 'must start with a' }]
		]
	])('%s is worded plainly', (_, input, expected) => {
		expect(problems(input)).toEqual(expected);
	});
	it('no message keeps valibot wording', () => {
		const all = problems({ colour: 1, sources: [1, [2], { x: 3 }], count: 'x', extra: 4 });
		expect(all.length).toBeGreaterThan(5);
		for (const p of all) expect(p.message).not.toMatch(/Invalid|Expected|received|never|Object|\|/);
	});
});
