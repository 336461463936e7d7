/** A named problem in data/: which file, which record, which field, and what is wrong. */
export interface Problem {
	file: string;
	record: string;
	field: string;
	message: string;
}

/** formatProblem(p) writes a problem the way `npm run data:check` prints it. */
export function formatProblem(p: Problem): string {
	return `${p.file} › ${p.record} › ${p.field}: ${p.message}`;
}

/** The error the app and the build throw when data/ is invalid: every problem, one per line. */
export class DataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(`data/ has ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n'));
		this.name = 'DataError';
	}
}
