/**
 * Where each value of a JSON text starts, by its path ("stops.1.narration" → line 14), so a problem a
 * schema finds can name the line as well as the field. Only for text JSON.parse accepted; it walks with
 * its own stack (no recursion) and builds no values.
 */

/** jsonLines(text): the line each value starts on, keyed by its dotted path ('' for the root). */
export function jsonLines(text: string): Map<string, number> {
	const lines = new Map<string, number>();
	/** Open containers: their path, the next array index or the pending object key. */
	const stack: { path: string; index: number; key: string | null; array: boolean }[] = [];
	let line = 1;
	let i = 0;
	const here = (): string => {
		const top = stack.at(-1);
		if (!top) return '';
		const part = top.array ? String(top.index) : (top.key ?? '');
		return top.path ? `${top.path}.${part}` : part;
	};
	const readString = (): string => {
		const start = i;
		for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
		i++;
		return JSON.parse(text.slice(start, i)) as string;
	};
	while (i < text.length) {
		const c = text[i] as string;
		const top = stack.at(-1);
		if (c === '\n') {
			line++;
			i++;
		} else if (' \t\r,:'.includes(c)) {
			if (c === ',' && top?.array) top.index++;
			if (c === ',' && top && !top.array) top.key = null;
			i++;
		} else if (c === ']' || c === '}') {
			stack.pop();
			i++;
		} else if (c === '"' && top && !top.array && top.key === null) {
			top.key = readString();
		} else {
			const path = here();
			if (!lines.has(path)) lines.set(path, line);
			if (c === '[' || c === '{') {
				stack.push({ path, index: 0, key: null, array: c === '[' });
				i++;
			} else if (c === '"') readString();
			else while (i < text.length && !' \t\r\n,]}'.includes(text[i] as string)) i++;
		}
	}
	return lines;
}

/** lineOf(lines, field): the line of the field, or of its nearest enclosing value that is there. */
export function lineOf(lines: ReadonlyMap<string, number>, field: string): number {
	const parts = field.split('.');
	for (let n = parts.length; n > 0; n--) {
		const at = lines.get(parts.slice(0, n).join('.'));
		if (at !== undefined) return at;
	}
	return lines.get('') ?? 1;
}
