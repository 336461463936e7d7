/**
 * Parses and validates the raw text of every file in data/ in one pass, collecting every problem
 * (never stopping at the first) so that `npm run data:check` can print them all at once. The app, the
 * build, the data check and the tests all read the data through this one function. It never throws:
 * whatever the bytes, each fault becomes one named problem, and a file too broken to read is one
 * problem for the file, not one per record (nor one per record elsewhere that refers into it).
 */
import type * as v from 'valibot';
import { checkIntegrity } from './checkIntegrity';
import { DATA_FILES, type DataFiles, type Dataset } from './dataset';
import { findNotices } from './knownGaps';
import { parseCsvFile } from './parseCsvFile';
import { parseJsonFile, parseTour } from './parseJsonFile';
import type { Problem } from './problems';
import { fileText } from './rawText';
import {
	INSTRUMENT_TITLE_COLUMNS,
	InstrumentTitleRowSchema,
	PARTICIPANT_ALIAS_COLUMNS,
	PARTICIPANT_COLUMNS,
	ParticipantAliasRowSchema,
	ParticipantRowSchema,
	PUBLISHED_COUNT_COLUMNS,
	PublishedCountRowSchema,
	STATE_POSITION_COLUMNS,
	StatePositionRowSchema,
	TREATY_ACTION_COLUMNS,
	TreatyActionRowSchema
} from './rowSchemas';
import { CopSessionSchema, EventSchema, InstrumentSchema } from './schema';

// Kept here for the modules that import them from the parser (the views among them).
export { DATA_FILES, type Dataset } from './dataset';

/** parseDataset(files) validates every file (keyed by name, as in DATA_FILES) and cross-checks them. */
export function parseDataset(files: DataFiles): {
	dataset: Dataset;
	/** Invalid records: the data check fails and the app will not build. */
	problems: Problem[];
	/** Known gaps the data shows (see findNotices); printed, never fatal. */
	notices: Problem[];
} {
	const problems: Problem[] = [];
	const json = <S extends v.GenericSchema>(
		file: string,
		schema: S,
		noun: string,
		key: string,
		prefix = ''
	) => parseJsonFile(file, files[file], { schema, noun, key, prefix }, problems);
	const events = json(DATA_FILES.events, EventSchema, 'an event', 'id');
	const instruments = json(DATA_FILES.instruments, InstrumentSchema, 'an instrument', 'id');
	const copSessions = json(
		DATA_FILES.copSessions,
		CopSessionSchema,
		'a COP session',
		'session',
		'session '
	);
	const csv = <S extends v.GenericSchema>(
		file: string,
		columns: readonly string[],
		schema: S,
		key: (r: Record<string, string>) => string
	) => parseCsvFile(file, files[file], { columns, schema, key }, problems);
	const instrumentTitles = csv(
		DATA_FILES.instrumentTitles,
		INSTRUMENT_TITLE_COLUMNS,
		InstrumentTitleRowSchema,
		(r) => `${r.instrument ?? ''} ${r.lang ?? ''}`.trim()
	);
	const participants = csv(
		DATA_FILES.participants,
		PARTICIPANT_COLUMNS,
		ParticipantRowSchema,
		(r) => r.iso3 ?? ''
	);
	const participantAliases = csv(
		DATA_FILES.participantAliases,
		PARTICIPANT_ALIAS_COLUMNS,
		ParticipantAliasRowSchema,
		(r) => `${r.participant ?? ''} ${r.alias ?? ''}`.trim()
	);
	const treatyActions = csv(
		DATA_FILES.treatyActions,
		TREATY_ACTION_COLUMNS,
		TreatyActionRowSchema,
		(r) => `${r.participant ?? ''} ${r.instrument ?? ''}`.trim()
	);
	const publishedCounts = csv(
		DATA_FILES.publishedCounts,
		PUBLISHED_COUNT_COLUMNS,
		PublishedCountRowSchema,
		(r) => `${r.instrument ?? ''} ${r.date ?? ''}`.trim()
	);
	const statePositions = csv(
		DATA_FILES.statePositions,
		STATE_POSITION_COLUMNS,
		StatePositionRowSchema,
		(r) => r.iso3 ?? ''
	);
	if (files['tours/'] !== undefined) {
		const folder = fileText('tours/', files['tours/']);
		if ('problem' in folder) problems.push(folder.problem);
	}
	const tours = Object.keys(files)
		.filter((f) => /^tours\/[^/]+\.json$/.test(f))
		.sort()
		.flatMap((file) => parseTour(file, files[file], problems));

	const dataset: Dataset = {
		events: events.records,
		copSessions: copSessions.records,
		instruments: instruments.records,
		instrumentTitles: instrumentTitles.records,
		participants: participants.records,
		participantAliases: participantAliases.records,
		treatyActions: treatyActions.records,
		publishedCounts: publishedCounts.records,
		statePositions: statePositions.records,
		tours
	};
	// References resolve against every record's key, valid or not, so one bad record is reported once
	// and does not also break every record that refers to it; into an unreadable file, none is checked.
	const set = (keys: string[] | null) => keys && new Set(keys);
	const keys = {
		events: set(events.keys),
		instruments: set(instruments.keys),
		participants: set(participants.keys),
		copSessions: copSessions.keys
	};
	problems.push(...checkIntegrity(dataset, keys));
	return { dataset, problems, notices: problems.length ? [] : findNotices(dataset) };
}
