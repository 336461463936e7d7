/**
 * What the dataset is, apart from how it is read: the files it lives in, the limits a file and a field
 * must keep to, and the shape of the parsed whole. It imports only types, so every module in data/ can
 * import it without importing the parser (and the parser imports them, never the other way round).
 */
import type { CopSession, Instrument, TimelineEvent, Tour } from './schema';
import type {
	InstrumentTitle,
	Participant,
	ParticipantAlias,
	PublishedCount,
	StatePosition,
	TreatyAction
} from './rowSchemas';

/** The names of the data files, relative to data/. */
export const DATA_FILES = {
	events: 'events.json',
	copSessions: 'cop-sessions.json',
	instruments: 'instruments.json',
	instrumentTitles: 'instrument-titles.csv',
	participants: 'participants.csv',
	participantAliases: 'participant-aliases.csv',
	treatyActions: 'treaty-actions.csv',
	publishedCounts: 'published-counts.csv',
	statePositions: 'state-positions.csv'
} as const;

/**
 * Sizes no real record comes near (data/README.md, "Limits"): the largest file is about 150 KB and the
 * longest field about 2,600 characters. Past these, a file or a field is a mistake, not data.
 */
export const DATA_LIMITS = {
	/** Bytes of UTF-8 in one data file. */
	fileBytes: 5_000_000,
	/** Characters in one field (a JSON string or a CSV cell). */
	fieldChars: 10_000
} as const;

/** Why a data file could not be read as text: the reader says what happened, the parser words it. */
export type FileFault =
	| { fault: 'folder' }
	| { fault: 'not-a-file' }
	| { fault: 'not-a-folder' }
	| { fault: 'denied' }
	| { fault: 'not-utf8' }
	| { fault: 'too-big'; bytes: number }
	| { fault: 'unreadable'; code: string };

/**
 * The raw files, keyed by name as in DATA_FILES (tours as "tours/<id>.json", the tours folder itself as
 * "tours/" when it cannot be listed): the text, a fault, or undefined when the file is not there.
 */
export type DataFiles = Record<string, string | FileFault | undefined>;

export interface Dataset {
	events: TimelineEvent[];
	copSessions: CopSession[];
	instruments: Instrument[];
	/** The instruments' official titles in the UN languages the research found them in. */
	instrumentTitles: InstrumentTitle[];
	participants: Participant[];
	/** Other names and codes each participant is searched by. */
	participantAliases: ParticipantAlias[];
	treatyActions: TreatyAction[];
	publishedCounts: PublishedCount[];
	/** Where the map puts the States its atlas does not draw (as dots). */
	statePositions: StatePosition[];
	/** Guided tours, from data/tours/<id>.json. */
	tours: Tour[];
}
