/** A named problem in data/: which file, which record, which field, and what is wrong. */
export interface Problem {
	file: string;
	record: string;
	field: string;
	message: string;
}

/**
 * Characters a terminal would act on or not show: C0/C1 controls, DEL, format characters (bidi
 * overrides, zero-width spaces, the byte-order mark), lone surrogates, private use, line and paragraph
 * separators, and U+FFFD (what a decoder leaves for bytes that were not UTF-8).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\uFFFD]/u;

/**
 * shown(value, max) writes a value the way a message may echo it: every invisible or control
 * character escaped as \uXXXX, and cut to max characters (ending in "…"), so data can never write
 * raw bytes to a terminal or bury a message under a 20 MB field.
 */
export function shown(value: string, max = 60): string {
	let out = '';
	for (const ch of value) {
		const piece = INVISIBLE.test(ch)
			? `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
			: ch;
		if (out.length + piece.length > max) return `${out}…`;
		out += piece;
	}
	return out;
}

/** formatProblem(p) writes a problem the way `npm run data:check` prints it: one line, escaped. */
export function formatProblem(p: Problem): string {
	return `${shown(p.file, 80)} › ${shown(p.record, 100)} › ${shown(p.field)}: ${shown(p.message, 300)}`;
}

/** A file's problems past this many records with the same field and message are printed as one. */
const REPEATS_SHOWN = 10;

/**
 * collapseRepeats(problems, records) prints one line for a fault many records share (a renamed field,
 * a shifted column), naming the first few records and how many there are, instead of hundreds of
 * lines; problems met in ten records or fewer stay one per record.
 */
export function collapseRepeats(problems: Problem[], records: number): Problem[] {
	const key = (p: Problem) => `${p.file}\n${p.field}\n${p.message}`;
	const groups = new Map<string, Problem[]>();
	for (const p of problems) {
		const group = groups.get(key(p));
		if (group) group.push(p);
		else groups.set(key(p), [p]);
	}
	return problems.flatMap((p) => {
		const group = groups.get(key(p)) ?? [p];
		if (group.length <= REPEATS_SHOWN) return [p];
		if (group[0] !== p) return [];
		const names = group.slice(0, 3).map((q) => shown(q.record, 30));
		const record =
			group.length >= records
				? `all ${group.length} records`
				: `${group.length} records (${names.join(', ')}, …)`;
		return [{ ...p, record }];
	});
}

/** The error the app and the build throw when data/ is invalid: every problem, one per line. */
export class DataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(`data/ has ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n'));
		this.name = 'DataError';
	}
}
