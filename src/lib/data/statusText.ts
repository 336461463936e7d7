/**
 * Words for a participant's standing towards an instrument, shared by the table, the card and any
 * export: the status on a date, and the path that led there ("Signed 12 December 2000", "Ratified
 * 21 August 2002", "Acceded between 1 January and 31 December 2017").
 */
import { formatDate } from './formatDate';
import type { PartyRecord, Status, StatusFilter } from './legalStatus';

export const STATUS_LABEL: Record<Status, string> = {
	'not-signatory': 'Not a signatory',
	signed: 'Signed',
	deposited: 'Party, not yet in force',
	'in-force': 'In force',
	unknown: 'Party by an unknown date'
};

/** The status filter's choices, in words: "Party" is any of the three statuses of a Party. */
export const STATUS_FILTER_LABEL: Record<StatusFilter, string> = {
	party: 'Party (in force or not)',
	'in-force': 'Party, in force',
	deposited: 'Party, not yet in force',
	unknown: 'Party by an unknown date',
	signed: 'Signed, not yet a Party',
	'not-signatory': 'Not a signatory'
};

const KIND_VERB: Record<string, string> = {
	ratification: 'Ratified',
	accession: 'Acceded',
	acceptance: 'Accepted',
	approval: 'Approved',
	succession: 'Succeeded',
	'formal-confirmation': 'Formally confirmed'
};

/** One step of a path, and the first day it can have happened (to tell steps after a date). */
export interface PathStep {
	text: string;
	from: string;
}

/** datedSteps(record): the dated steps of a participant towards an instrument, in order. */
export function datedSteps(r: PartyRecord | undefined): PathStep[] {
	if (!r) return [];
	const steps: PathStep[] = [];
	if (r.signature) steps.push({ text: `Signed ${formatDate(r.signature)}`, from: r.signature });
	const verb = r.consentKind ? KIND_VERB[r.consentKind] : 'Consent deposited (kind not recorded)';
	if (r.deposit) steps.push({ text: `${verb} ${formatDate(r.deposit)}`, from: r.deposit });
	else if (r.window) {
		steps.push({
			text: `${verb} between ${formatDate(r.window.earliest)} and ${r.window.latest ? formatDate(r.window.latest) : 'an unknown date'} (exact date not known)`,
			from: r.window.earliest
		});
	}
	if (r.inForce) steps.push({ text: `In force ${formatDate(r.inForce)}`, from: r.inForce });
	else if (r.inForceCertainFrom)
		steps.push({
			text: `In force by ${formatDate(r.inForceCertainFrom)} at the latest`,
			from: r.inForceCertainFrom
		});
	return steps;
}

/** pathSteps(record): the steps' words, in order. */
export function pathSteps(r: PartyRecord | undefined): string[] {
	return datedSteps(r).map((s) => s.text);
}
