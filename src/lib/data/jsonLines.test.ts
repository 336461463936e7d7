import { describe, expect, it } from 'vitest';
import { jsonLines, lineOf } from './jsonLines';

const text = `{
	"id": "a",
	"stops": [
		{
			"title": "x, \\"quoted\\" ]}",
			"events": ["e1", "e2"],
			"reveal": null
		},
		{ "title": "y" }
	]
}
`;

describe('jsonLines', () => {
	it('jsonLines(text) gives the line each value starts on, by path', () => {
		const lines = jsonLines(text);
		expect(lines.get('')).toBe(1);
		expect(lines.get('id')).toBe(2);
		expect(lines.get('stops')).toBe(3);
		expect(lines.get('stops.0')).toBe(4);
		expect(lines.get('stops.0.title')).toBe(5);
		expect(lines.get('stops.0.events.1')).toBe(6);
		expect(lines.get('stops.0.reveal')).toBe(7);
		expect(lines.get('stops.1')).toBe(9);
		expect(lines.get('stops.1.title')).toBe(9);
	});

	it('lineOf(lines, field) falls back to the nearest enclosing value for a missing field', () => {
		const lines = jsonLines(text);
		expect(lineOf(lines, 'stops.1.narration')).toBe(9);
		expect(lineOf(lines, 'stops.0.events.5')).toBe(6);
		expect(lineOf(lines, 'nothing')).toBe(1);
	});

	it('jsonLines(text) reads a one-line file and scalars at the root', () => {
		expect(jsonLines('[1, {"a": true}]').get('1.a')).toBe(1);
		expect(jsonLines('"x"').get('')).toBe(1);
	});
});
