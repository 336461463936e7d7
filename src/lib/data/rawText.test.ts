import { describe, expect, it } from 'vitest';
import { DATA_LIMITS } from './dataset';
import { checkFieldText, fileText, textFault } from './rawText';

describe('textFault', () => {
	it.each([
		['plain text', null],
		['two\nlines\tand a tab\r\n', null],
		['Côte d’Ivoire, Türkiye, 中国', null],
		['COP\u0000 1', 'contains the control character \\u0000 at character 4'],
		['\u001b[2J', 'contains the control character \\u001b at character 1'],
		['DEL\u007f', 'contains the control character \\u007f at character 4'],
		['C1\u0085', 'contains the control character \\u0085 at character 3'],
		['bad\uFFFD', 'contains \\ufffd at character 4, the mark of bytes that were not UTF-8 text'],
		['x'.repeat(DATA_LIMITS.fieldChars), null],
		['x'.repeat(20_000_000), 'is 20,000,000 characters long; a field may hold at most 10,000']
	])('textFault(%j) is %j', (s, message) => {
		expect(textFault(s)).toBe(message);
	});
});

describe('checkFieldText', () => {
	it('checkFieldText(record) names each bad string by its path, in document order', () => {
		const record = {
			id: 'a',
			title: 'x\u0000',
			sources: [{ title: 'ok' }, { note: '\u0007' }],
			n: 5
		};
		expect(checkFieldText(record)).toEqual([
			{ field: 'title', message: 'contains the control character \\u0000 at character 2' },
			{ field: 'sources.1.note', message: 'contains the control character \\u0007 at character 1' }
		]);
	});
	it('checkFieldText(record) walks deep nesting without recursion', () => {
		let deep: unknown = 'x\u0001';
		for (let i = 0; i < 100_000; i++) deep = [deep];
		expect(checkFieldText(deep)).toHaveLength(1);
	});
});

describe('fileText', () => {
	const problem = (message: string) => ({
		problem: { file: 'f.json', record: '(file)', field: '(file)', message }
	});
	it.each([
		[undefined, problem('file is missing')],
		[{ fault: 'folder' } as const, problem('is a folder, not a file')],
		[
			{ fault: 'not-a-file' } as const,
			problem('is not a regular file (a device, pipe or socket?)')
		],
		[{ fault: 'denied' } as const, problem('cannot be read: permission denied')],
		[{ fault: 'not-utf8' } as const, problem('is not UTF-8 text (is it a binary file?)')],
		[
			{ fault: 'too-big', bytes: 6_100_000 } as const,
			problem('is 6.1 MB; a data file may be at most 5 MB')
		],
		[{ fault: 'unreadable', code: 'EIO\u0000' } as const, problem('cannot be read (EIO\\u0000)')],
		['', problem('is empty')],
		[' \n', problem('is empty')],
		['x'.repeat(5_000_001), problem('is 5.0 MB; a data file may be at most 5 MB')],
		['é'.repeat(2_500_001), problem('is 5.0 MB; a data file may be at most 5 MB')],
		['\uFEFF[1]', { text: '[1]' }],
		['[1]', { text: '[1]' }]
	])('fileText(file, %j) words what keeps it from being read', (raw, out) => {
		expect(fileText('f.json', raw)).toEqual(out);
	});
});
