// Reads data/ straight from disk for the end-to-end tests, so that what the page shows is checked
// against the files themselves rather than against the app's own computation.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv';
import type { CopSession, TimelineEvent } from '../../src/lib/data/schema';

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

export const events: TimelineEvent[] = JSON.parse(read('events.json'));
export const copSessions: CopSession[] = JSON.parse(read('cop-sessions.json'));
export const participants = parseCsv(read('participants.csv')).rows.map((r) => r.values);
export const treatyActions = parseCsv(read('treaty-actions.csv')).rows.map((r) => r.values);
