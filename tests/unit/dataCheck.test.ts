// `npm run data:check` on deliberately broken copies of data/: each break must be named by file, record
// and field, every problem printed at once, and the exit code non-zero. Whatever the bytes, the check
// prints one plain, escaped line per fault and never a stack trace.
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../scripts/readDataDir.js';
import { DATA_FILES } from '../../src/lib/data/dataset';
import { parseDataset } from '../../src/lib/data/parseDataset';
import { formatProblem } from '../../src/lib/data/problems';
import { dataDir } from './loadData';

const root = new URL('../../', import.meta.url).pathname;

function brokenCopy(edits: Record<string, (text: string) => string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'untoc-data-'));
	cpSync(dataDir, dir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	return dir;
}

function runCheck(dir: string) {
	const r = spawnSync('node', ['scripts/data-check.js', dir], { cwd: root, encoding: 'utf8' });
	return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const editJson = (fn: (records: Record<string, unknown>[]) => void) => (text: string) => {
	const records = JSON.parse(text);
	fn(records);
	return JSON.stringify(records, null, 2);
};

describe('npm run data:check', () => {
	it('passes on the shipped data', () => {
		const r = runCheck(dataDir);
		expect(r.out).toContain('is valid');
		expect(r.status).toBe(0);
	}, 60_000);

	it('names the file, record and field of every broken record, all at once, and exits 1', () => {
		const dir = brokenCopy({
			'events.json': editJson((events) => {
				const e = events.find((x) => x.id === 'cop-1');
				if (e) e.date = '2004-02-30';
			}),
			'cop-sessions.json': editJson((sessions) => {
				const s = sessions.find((x) => x.session === 3);
				if (s) s.eventId = 'no-such-event';
			}),
			'instruments.json': editJson((instruments) => {
				const i = instruments.find((x) => x.id === 'TIP') as {
					entryIntoForceRule: { instrumentsNeeded: unknown };
				};
				i.entryIntoForceRule.instrumentsNeeded = 'forty';
			}),
			'treaty-actions.csv': (text) =>
				text.replace(
					/^ALB,UNTOC,2000-12-12,ratification,2002-08-21/m,
					'ALB,UNTOC,2000-12-12,ratification,2000-12-01'
				),
			'participants.csv': (text) => text.replace(/^ALB,008,/m, 'ALB,8,')
		});
		const r = runCheck(dir);
		expect(r.status).toBe(1);
		expect(r.out).toContain(
			// Was "must be written YYYY, YYYY-MM or YYYY-MM-DD": it is written so; it is not a date.
			'events.json › cop-1 › date: 2004-02-30 is not a calendar date'
		);
		expect(r.out).toContain(
			'cop-sessions.json › session 3 › eventId: refers to an event that does not exist: no-such-event'
		);
		expect(r.out).toContain('instruments.json › TIP › entryIntoForceRule.instrumentsNeeded:');
		expect(r.out).toMatch(
			/treaty-actions\.csv › line \d+ \(ALB UNTOC\) › consent_date: is before signature_date/
		);
		expect(r.out).toMatch(
			/participants\.csv › line \d+ \(ALB\) › m49: must be three digits like 008/
		);
		expect(r.out).toContain('data:check: 5 problem(s)');
	}, 60_000);

	it('names a treaty action whose primary source is not its instrument’s UNTC page, and an instrument whose number and page disagree', () => {
		const dir = brokenCopy({
			'instruments.json': editJson((instruments) => {
				const i = instruments.find((x) => x.id === 'SOM');
				if (i) i.untcMtdsgNo = 'XVIII-12-c';
			}),
			// ALB's TIP row cites the Convention's page (mtdsg_no XVIII-12) instead of XVIII-12-a.
			'treaty-actions.csv': (text) =>
				text.replace(/^(ALB,TIP,[^\n]*?mtdsg_no=XVIII-12)-a&/m, (_, head: string) => `${head}&`)
		});
		const r = runCheck(dir);
		expect(r.status).toBe(1);
		expect(r.out).toContain('instruments.json › SOM › untcMtdsgNo: differs from untcChapter');
		expect(r.out).toContain(
			'instruments.json › SOM › untcStatusUrl: is not the status page of XVIII-12-c'
		);
		expect(r.out).toMatch(
			/treaty-actions\.csv › line \d+ \(ALB TIP\) › source_url: must be the UN Treaty Collection status page of TIP: https:\/\/treaties\.un\.org\/Pages\/ViewDetails\.aspx\?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en/
		);
		expect(r.out).toContain('data:check: 3 problem(s)');
	}, 60_000);

	it('names an alias of a missing participant, a repeated alias, an alias that is a name, and a bad alpha-2 code', () => {
		const dir = brokenCopy({
			'participant-aliases.csv': (text) =>
				text +
				[
					'XXX,Nowhere,short-name,A title,https://example.org/a,',
					'TUR,Turkey,short-name,A title,https://example.org/a,',
					'ITA,Kenya,short-name,A title,https://example.org/a,',
					'KEN,ken,alpha-2,A title,https://example.org/a,',
					'ITA,Italia,nickname,A title,https://example.org/a,'
				].join('\n') +
				'\n'
		});
		const r = runCheck(dir);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(
			/participant-aliases\.csv › line \d+ \(XXX Nowhere\) › participant: refers to a missing participant: XXX/
		);
		expect(r.out).toMatch(
			/participant-aliases\.csv › line \d+ \(TUR Turkey\) › alias: is listed more than once for this participant/
		);
		expect(r.out).toMatch(
			/participant-aliases\.csv › line \d+ \(ITA Kenya\) › alias: is the name or code of another participant \(KEN\)/
		);
		expect(r.out).toMatch(
			/participant-aliases\.csv › line \d+ \(KEN ken\) › alias: is the participant's own name or code/
		);
		expect(r.out).toMatch(
			/participant-aliases\.csv › line \d+ \(ITA Italia\) › kind: must be one of alpha-2, short-name, former-name, depositary-name/
		);
		expect(r.out).toMatch(
			/participant-aliases\.csv › line \d+ \(KEN ken\) › alias: an alpha-2 code is two capital letters, like IT/
		);
		expect(r.out).toContain('data:check: 6 problem(s)');
	}, 60_000);

	it('names a title of a missing instrument, a second title in one language, an unknown language, a missing source, an English title that is not the name, and an instrument with no English title', () => {
		const dir = brokenCopy({
			'instrument-titles.csv': (text) =>
				text
					.replace(/^FIR,en,"Protocol against/m, 'FIR,fr,"Protocol against')
					.replace(/^SOM,en,"Protocol against/m, 'SOM,en,"A Protocol against') +
				[
					'XYZ,fr,Un titre,,A title,https://example.org/a',
					'UNTOC,fr,Un autre titre,,A title,https://example.org/a',
					'TIP,de,Ein Titel,,A title,https://example.org/a',
					'TIP,ru,Название,,,'
				].join('\n') +
				'\n'
		});
		const r = runCheck(dir);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(
			/instrument-titles\.csv › line \d+ \(XYZ fr\) › instrument: must be one of UNTOC, TIP, SOM, FIR/
		);
		expect(r.out).toMatch(
			/instrument-titles\.csv › line \d+ \(UNTOC fr\) › lang: this instrument has more than one title in this language/
		);
		expect(r.out).toMatch(
			/instrument-titles\.csv › line \d+ \(TIP de\) › lang: must be one of ar, zh, en, fr, ru, es/
		);
		expect(r.out).toMatch(/instrument-titles\.csv › line \d+ \(TIP ru\) › source_title: /);
		expect(r.out).toMatch(
			/instrument-titles\.csv › line \d+ \(SOM en\) › title: is not the instrument's name in instruments\.json/
		);
		expect(r.out).toContain(
			'instrument-titles.csv › FIR › lang: has no English title, which the app falls back to'
		);
	}, 60_000);

	it('names a State position without a source, off the globe, for no State, or for the EU', () => {
		const dir = brokenCopy({
			'state-positions.csv': (text) =>
				text
					.replace(/^(NRU,[^,]*,[^,]*,[^,]*),"[^"]*",/m, '$1,,')
					.replace(/^TUV,179\.21,/m, 'TUV,189.21,')
					.replace(/^SMR,/m, 'XXX,') +
				'EUU,4.35,50.85,capital,Council of the EU,https://example.org\n'
		});
		const r = runCheck(dir);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(
			/state-positions\.csv › line \d+ \(NRU\) › source_title: must be text, not null/
		);
		expect(r.out).toMatch(
			/state-positions\.csv › line \d+ \(TUV\) › longitude: must lie between -180 and 180/
		);
		expect(r.out).toMatch(
			/state-positions\.csv › line \d+ \(XXX\) › iso3: is not in participants\.csv/
		);
		expect(r.out).toMatch(
			/state-positions\.csv › line \d+ \(EUU\) › iso3: is not a State: only States are drawn/
		);
		expect(r.out).toContain('data:check: 4 problem(s)');
	}, 60_000);

	it('reports a malformed CSV line and a JSON syntax error by place', () => {
		const dir = brokenCopy({
			'published-counts.csv': (text) => text.replace(/\n/, '\nUNTOC,2003-07-01,"40,true\n'),
			'events.json': (text) => text.replace('[', '[,')
		});
		const r = runCheck(dir);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(
			/published-counts\.csv › line 2 › \(line\): a quoted field is never closed|published-counts\.csv › line 2 › \(line\): expected 8 fields/
		);
		expect(r.out).toMatch(/events\.json › \(file\) › \(syntax\): /);
	}, 60_000);
});

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ with make(dir) applied to it, removed after the suite. */
function faultyCopy(make: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'untoc-faulty-'));
	copies.push(dir);
	cpSync(dataDir, dir, { recursive: true });
	make(dir);
	return dir;
}

const edit = (file: string, fn: (text: string) => string) => (dir: string) =>
	writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));
const editRecord = (
	file: string,
	pick: (r: Record<string, unknown>) => boolean,
	fn: (r: Record<string, unknown>) => void
) =>
	edit(
		file,
		editJson((records) => {
			const r = records.find(pick);
			if (!r) throw new Error(`no such record in ${file}`);
			fn(r);
		})
	);
const cop1 = (fn: (r: Record<string, unknown>) => void) =>
	editRecord('events.json', (e) => e.id === 'cop-1', fn);
const replace = (file: string, bytes: string | Buffer) => (dir: string) => {
	rmSync(join(dir, file), { recursive: true });
	writeFileSync(join(dir, file), bytes);
};
const TOUR = 'tours/from-geneva-to-vienna.json';
/** A PNG's first bytes: not UTF-8, full of control bytes. */
const BINARY = Buffer.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x1b, 0x5b
]);

/** Lines that name a problem (file › record › field: message), notices aside. */
const problemLines = (out: string) =>
	out.split('\n').filter((l) => l.includes(' › ') && !l.startsWith('notice:'));

/** What no output of the check may hold, whatever the data. */
function expectClean(out: string) {
	expect(out).not.toMatch(/\bat .*:\d+:\d+/); // a stack frame
	expect(out).not.toMatch(/Error:/);
	// Raw control bytes and invisible characters are what must not appear.
	expect(out).not.toMatch(
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/
	);
	expect(out).not.toMatch(
		/Expected|received|\bnever\b|Invalid (type|key|value)|strict_object|picklist/
	);
}

describe('npm run data:check on malformed data folders', () => {
	// One row per fault: what is done to a copy of data/, and the one line the check must print for it.
	const faults: [string, (dir: string) => void, string | RegExp][] = [
		[
			'a folder where a file should be',
			(dir) => {
				rmSync(join(dir, 'events.json'));
				mkdirSync(join(dir, 'events.json'));
			},
			'events.json › (file) › (file): is a folder, not a file'
		],
		[
			'a binary file',
			replace('instruments.json', BINARY),
			'instruments.json › (file) › (file): is not UTF-8 text (is it a binary file?)'
		],
		[
			'a NUL byte in a title',
			cop1((e) => (e.title = 'COP\u0000 1')),
			'events.json › cop-1 › title: contains the control character \\u0000 at character 4'
		],
		[
			'a terminal escape sequence in a CSV cell',
			edit('participants.csv', (t) => t.replace(/^ALB,008,Albania,/m, 'ALB,008,Alba\u001b[2Jnia,')),
			/^participants\.csv › line \d+ \(ALB\) › name: contains the control character \\u001b at character 5$/
		],
		[
			'a C1 control character in a nested JSON field',
			editRecord(
				'cop-sessions.json',
				(s) => s.session === 2,
				(s) => (s.venue = 'Vienna\u009b')
			),
			'cop-sessions.json › session 2 › venue: contains the control character \\u009b at character 7'
		],
		[
			'a field past the limit (200,000 characters)',
			cop1((e) => (e.description = 'x'.repeat(200_000))),
			'events.json › cop-1 › description: is 200,000 characters long; a field may hold at most 10,000'
		],
		[
			'a 20 MB field, which makes its file too big',
			cop1((e) => (e.description = 'x'.repeat(20_000_000))),
			/^events\.json › \(file\) › \(file\): is 20\.\d MB; a data file may be at most 5 MB$/
		],
		[
			'a file past the limit (6 MB of blank lines)',
			edit('treaty-actions.csv', (t) => t + '\n'.repeat(6_000_000)),
			'treaty-actions.csv › (file) › (file): is 6.3 MB; a data file may be at most 5 MB'
		],
		[
			'a day that is not on the calendar (2024-02-30)',
			cop1((e) => (e.date = '2024-02-30')),
			'events.json › cop-1 › date: 2024-02-30 is not a calendar date'
		],
		[
			'a day that is not on the calendar in a CSV cell',
			edit('treaty-actions.csv', (t) =>
				t.replace(
					/^ALB,UNTOC,2000-12-12,ratification,2002-08-21/m,
					'ALB,UNTOC,2000-12-12,ratification,2002-02-30'
				)
			),
			/^treaty-actions\.csv › line \d+ \(ALB UNTOC\) › consent_date: 2002-02-30 is not a calendar date$/
		],
		[
			'an unknown field',
			cop1((e) => (e.colour = 'red')),
			'events.json › cop-1 › colour: is not a field of an event'
		],
		[
			'an unknown field in every record',
			edit(
				'events.json',
				editJson((events) => events.forEach((e) => (e.colour = 'red')))
			),
			'events.json › all 88 records › colour: is not a field of an event'
		],
		[
			'a field of the wrong type',
			cop1((e) => (e.title = 5)),
			'events.json › cop-1 › title: must be text, not a number'
		],
		[
			'a list where a record should be',
			edit(
				'instruments.json',
				editJson((records) => (records[1] = [1, 2] as never))
			),
			'instruments.json › #2 › (record): must be an instrument (an object { … }), not a list'
		],
		[
			'a value not in a closed list',
			cop1((e) => (e.precision = 'week')),
			'events.json › cop-1 › precision: must be one of day, month, year'
		],
		[
			'a whole file of garbage',
			replace('events.json', '\u0001\u0002 this is not JSON'),
			'events.json › (file) › (syntax): is not valid JSON: unexpected "\\u0001" at line 1, column 1'
		],
		[
			'truncated JSON',
			edit('cop-sessions.json', (t) => t.slice(0, t.length / 2)),
			/^cop-sessions\.json › \(file\) › \(syntax\): is not valid JSON: the data stops unfinished at line \d+, column \d+ \(is the file cut short\?\)$/
		],
		[
			'a JSON file that is not a list',
			replace('cop-sessions.json', '{"session": 1}'),
			'cop-sessions.json › (file) › (root): must be a list [ … ] of records, not an object'
		],
		[
			'a CSV file with a wrong header (and rows that refer into it)',
			edit('participants.csv', (t) => t.replace(/^iso3,/, 'iso_3,')),
			'participants.csv › line 1 › (header): must be iso3,m49,name,kind,region,sub_region,intermediate_region,un_regional_group,notes,source (missing "iso3"; not a column: "iso_3")'
		],
		[
			'a CSV file of garbage',
			replace('treaty-actions.csv', '\u0007\u0008garbage;garbage\n\u0000,,,\n'),
			'treaty-actions.csv › line 1 › (header): must be participant,instrument,signature_date,consent_kind,consent_date,date_earliest,date_latest,source_title,source_url,provenance_title,provenance_url,note (missing "participant", "instrument", "signature_date" and 9 more; not a column: "\\u0007\\u0008garbage;garbage")'
		],
		[
			'an empty CSV file',
			replace('published-counts.csv', ''),
			'published-counts.csv › (file) › (file): is empty'
		],
		[
			'a CSV column wrong the same way in every row',
			edit('published-counts.csv', (t) => t.replace(/^(\w+,[\d-]+),\d+,/gm, '$1,many,')),
			'published-counts.csv › all 51 records › published_count: must be a whole number'
		],
		[
			'a stray quote that also shifts the fields',
			edit('treaty-actions.csv', (t) => t.replace(/\n/, '\n"x"y,')),
			/^treaty-actions\.csv › line 2 › \(line\): expected 12 fields, found 13 \(text after a closing quote\)$/
		],
		[
			'a COP session left out (the sessions after it are not each reported)',
			edit(
				'cop-sessions.json',
				editJson((sessions) => sessions.splice(4, 1))
			),
			'cop-sessions.json › session 6 › session: follows session 4; sessions are listed 1, 2, 3, … with none left out or repeated'
		],
		[
			'an invalid COP session (the sessions after it keep their places)',
			editRecord(
				'cop-sessions.json',
				(s) => s.session === 2,
				(s) => (s.city = 7)
			),
			'cop-sessions.json › session 2 › city: must be text, not a number'
		],
		[
			'an event id used twice (named once, not as two identical lines)',
			edit(
				'events.json',
				editJson((events) => (events[4] = { ...events[4], id: events[3]?.id }))
			),
			/^events\.json › [a-z0-9-]+ › id: is used by more than one event$/
		],
		[
			'a tour file of garbage',
			replace(TOUR, '\u0000\u0001garbage'),
			`${TOUR} › (file) › (syntax): is not valid JSON: unexpected "\\u0000" at line 1, column 1`
		],
		[
			'a folder where a tour file should be',
			(dir) => mkdirSync(join(dir, 'tours/empty.json')),
			'tours/empty.json › (file) › (file): is a folder, not a file'
		],
		[
			'a file where the tours folder should be',
			replace('tours', 'not a folder'),
			'tours/ › (file) › (file): is a file, not a folder'
		],
		[
			'a missing file (everything that refers into it is not checked)',
			(dir) => rmSync(join(dir, 'events.json')),
			'events.json › (file) › (file): file is missing'
		]
	];

	it.each(faults)(
		'%s: one line naming it',
		(_, make, line) => {
			const r = runCheck(faultyCopy(make));
			expectClean(r.out);
			const lines = problemLines(r.out);
			expect(lines).toHaveLength(1);
			if (typeof line === 'string') expect(lines[0]).toBe(line);
			else expect(lines[0]).toMatch(line);
			expect(r.out).toContain('data:check: 1 problem(s)');
			expect(r.status).toBe(1);
		},
		60_000
	);

	it('accepts a UTF-8 byte-order mark in JSON and CSV files silently', () => {
		const bom = (file: string) => edit(file, (t) => `\uFEFF${t}`);
		const r = runCheck(
			faultyCopy((dir) => ['events.json', TOUR, 'participants.csv'].forEach((f) => bom(f)(dir)))
		);
		expectClean(r.out);
		expect(problemLines(r.out).filter((l) => !l.startsWith('notice'))).toEqual([]);
		expect(r.out).toContain('is valid');
		expect(r.status).toBe(0);
	}, 60_000);

	it('prints every independent fault at once, one line each', () => {
		const r = runCheck(
			faultyCopy((dir) => {
				replace('instruments.json', BINARY)(dir);
				cop1((e) => (e.title = 'COP\u0000 1'))(dir);
				replace(TOUR, '[')(dir);
				edit('participants.csv', (t) => t.replace(/^iso3,/, 'iso_3,'))(dir);
			})
		);
		expectClean(r.out);
		expect(problemLines(r.out)).toHaveLength(4);
		expect(r.out).toContain('data:check: 4 problem(s)');
		expect(r.status).toBe(1);
	}, 60_000);

	it.skipIf(process.getuid?.() === 0)(
		'names a file it may not read (chmod 000)',
		() => {
			const dir = faultyCopy((d) => chmodSync(join(d, 'events.json'), 0));
			const r = runCheck(dir);
			chmodSync(join(dir, 'events.json'), 0o644);
			expectClean(r.out);
			expect(problemLines(r.out)).toEqual([
				'events.json › (file) › (file): cannot be read: permission denied'
			]);
			expect(r.status).toBe(1);
		},
		60_000
	);

	it('says in one line that a folder given to it is not there', () => {
		const r = runCheck(join(tmpdir(), 'untoc-no-such-folder'));
		expectClean(r.out);
		expect(r.out.trim()).toMatch(/^data:check: .*untoc-no-such-folder is not a folder$/);
		expect(r.status).toBe(1);
	}, 60_000);

	it('exits 2 with one line, no stack trace, when the checker itself fails', () => {
		// The scripts without the app beside them: the parser cannot be loaded.
		const copy = mkdtempSync(join(tmpdir(), 'untoc-checker-'));
		copies.push(copy);
		mkdirSync(join(copy, 'scripts'));
		for (const f of ['data-check.js', 'readDataDir.js'])
			cpSync(join(root, 'scripts', f), join(copy, 'scripts', f));
		writeFileSync(join(copy, 'package.json'), '{ "type": "module" }');
		symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
		const r = spawnSync('node', [join(copy, 'scripts/data-check.js'), dataDir], {
			encoding: 'utf8'
		});
		const out = `${r.stdout}${r.stderr}`.trim();
		expectClean(out);
		expect(out.split('\n')).toHaveLength(1);
		expect(out).toMatch(
			/^data:check: could not run the check \(a fault in the checker, not in the data\): /
		);
		expect(r.status).toBe(2);
	}, 60_000);
});

describe('readDataDir', () => {
	// As root, chmod 000 does not stop a read, so the reader's failure is injected.
	const failing = (code: string) => (path: string) => {
		if (path.endsWith('events.json')) throw Object.assign(new Error(`${code}: failed`), { code });
		return readFileSync(path);
	};
	it.each([
		['EACCES', 'events.json › (file) › (file): cannot be read: permission denied'],
		['EPERM', 'events.json › (file) › (file): cannot be read: permission denied'],
		['EIO', 'events.json › (file) › (file): cannot be read (EIO)'],
		['EISDIR', 'events.json › (file) › (file): is a folder, not a file']
	])(
		'readDataDir(dir, names, { readFile }) turns a read failing with %s into one problem',
		(code, line) => {
			const files = readDataDir(dataDir, DATA_FILES, { readFile: failing(code) });
			const { problems } = parseDataset(files);
			expect(problems.map(formatProblem)).toEqual([line]);
		}
	);
	it('readDataDir(dir, names, { maxBytes }) does not read a file past the limit', () => {
		const files = readDataDir(dataDir, DATA_FILES, {
			maxBytes: 100_000,
			readFile: (path) => {
				if (path.endsWith('treaty-actions.csv')) throw new Error('read a file past the limit');
				return readFileSync(path);
			}
		});
		expect(files['treaty-actions.csv']).toEqual({ fault: 'too-big', bytes: expect.any(Number) });
	});
});
