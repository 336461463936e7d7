/**
 * valibot's issues in the project's own words. Our schemas word the rules that need it ("must be a
 * lowercase slug"); every issue they leave unworded ("Invalid key: Expected never but received …")
 * gets a plain sentence here instead, through valibot's `message` option, so no message ever shows the
 * library's type jargon.
 */
import type * as v from 'valibot';
import type { FieldProblem } from './rawText';

const pathOf = (path: readonly v.IssuePathItem[]) => path.map((p) => String(p.key)).join('.');

/** kindOf(value) says what a value is: "text", "a number", "a list", … */
export function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'number') return 'a number';
	if (typeof value === 'boolean') return `${value}`;
	return typeof value === 'object' ? 'an object' : 'nothing';
}

const MUST_BE: Record<string, string> = {
	string: 'must be text',
	number: 'must be a number',
	boolean: 'must be true or false',
	array: 'must be a list [ … ]',
	object: 'must be an object { … }',
	strict_object: 'must be an object { … }',
	record: 'must be an object { … }'
};

/** The options of a picklist, from valibot's `("day" | "month")`. */
function options(expected: string | null): string {
	const quoted = [...(expected ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
	return quoted.length ? quoted.join(', ') : (expected ?? '');
}

/** plainMessage(noun) words an issue; noun names the record ("an event") for its unknown fields. */
export function plainMessage(noun: string) {
	return (issue: v.BaseIssue<unknown>): string => {
		const path = issue.path ?? [];
		const isObject = issue.type === 'strict_object' || issue.type === 'object';
		// Unknown fields are worded by fieldProblems, which knows the whole path.
		if (isObject && issue.expected === 'never') return `is not a field of ${noun}`;
		if (isObject && path.length > 0 && issue.input === undefined) return 'is missing';
		if (issue.type === 'picklist') return `must be one of ${options(issue.expected)}`;
		if (issue.type === 'min_value') return `must be at least ${String(issue.requirement)}`;
		if (issue.type === 'max_value') return `must be at most ${String(issue.requirement)}`;
		if (issue.type === 'min_length') return `must have at least ${String(issue.requirement)}`;
		if (issue.type === 'integer') return 'must be a whole number';
		const mustBe = MUST_BE[issue.type];
		return mustBe ? `${mustBe}, not ${kindOf(issue.input)}` : 'is not allowed here';
	};
}

/**
 * fieldProblems(issues, noun) turns issues into one problem per field and message. A list where an
 * object belongs is one problem ("must be an object"), not one "is missing" per field it lacks; an
 * unknown field inside a nested object names that object ("is not a field of sources.0").
 */
export function fieldProblems(
	issues: readonly v.BaseIssue<unknown>[],
	noun: string
): FieldProblem[] {
	const out = new Map<string, FieldProblem>();
	for (const issue of issues) {
		let path: readonly v.IssuePathItem[] = issue.path ?? [];
		let message = issue.message;
		const last = path.at(-1);
		const isObject = issue.type === 'strict_object' || issue.type === 'object';
		if (isObject && last && Array.isArray(last.input)) {
			path = path.slice(0, -1);
			message = `${MUST_BE.object}, not a list`;
		} else if (isObject && issue.expected === 'never') {
			message = `is not a field of ${pathOf(path.slice(0, -1)) || noun}`;
		}
		const field = pathOf(path) || '(record)';
		out.set(`${field}\n${message}`, { field, message });
	}
	return [...out.values()];
}
