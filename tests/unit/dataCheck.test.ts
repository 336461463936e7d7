// `npm run data:check` on deliberately broken copies of data/: each break must be named by file, record
// and field, every problem printed at once, and the exit code non-zero.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
