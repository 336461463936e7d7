/**
 * Words for a participant's standing towards an instrument, shared by the table, the card and any
 * export: the status on a date, and the path that led there ("Signed 12 December 2000", "Ratified
 * 21 August 2002", "Acceded between 1 January and 31 December 2017").
 */
import { formatDate } from './formatDate';
import type { PartyRecord, Status } from './legalStatus';

export const STATUS_LABEL: Record<Status, string> = {
	'not-signatory': 'Not a signatory',
	signed: 'Signed',
	deposited: 'Party, not yet in force',
	'in-force': 'In force',
	unknown: 'Party by an unknown date'
};

const KIND_VERB: Record<string, string> = {
	ratification: 'Ratified',
	accession: 'Acceded',
	acceptance: 'Accepted',
	approval: 'Approved',
	succession: 'Succeeded',
	'formal-confirmation': 'Formally confirmed'
};

/** pathSteps(record): the dated steps of a participant towards an instrument, in order. */
export function pathSteps(r: PartyRecord | undefined): string[] {
	if (!r) return [];
	const steps: string[] = [];
	if (r.signature) steps.push(`Signed ${formatDate(r.signature)}`);
	const verb = r.consentKind ? KIND_VERB[r.consentKind] : 'Consent deposited (kind not recorded)';
	if (r.deposit) steps.push(`${verb} ${formatDate(r.deposit)}`);
	else if (r.window) {
		steps.push(
			`${verb} between ${formatDate(r.window.earliest)} and ${r.window.latest ? formatDate(r.window.latest) : 'an unknown date'} (exact date not known)`
		);
	}
	if (r.inForce) steps.push(`In force ${formatDate(r.inForce)}`);
	else if (r.inForceCertainFrom)
		steps.push(`In force by ${formatDate(r.inForceCertainFrom)} at the latest`);
	return steps;
}
