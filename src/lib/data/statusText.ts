/**
 * Words for a participant's standing towards an instrument, shared by the table, the card and any
 * export: the status on a date, and the path that led there ("Signed 12 December 2000", "Ratified
 * 21 August 2002", "Acceded between 1 January and 31 December 2017"), in the interface's language
 * (the map area's catalogue), read at each call.
 */
import { m } from '$lib/i18n/i18n.svelte';
import { formatDate } from './formatDate';
import { STATUS_FILTERS, type PartyRecord, type Status, type StatusFilter } from './legalStatus';

/**
 * A record whose every value is read from the catalogue when it is read, so `LABELS[s]` in a template
 * or a $derived follows the interface's language (a plain object of strings would keep the first one).
 */
function liveRecord<K extends string>(
	keys: readonly K[],
	read: (k: K) => string
): Readonly<Record<K, string>> {
	const out = {} as Record<K, string>;
	for (const k of keys) Object.defineProperty(out, k, { enumerable: true, get: () => read(k) });
	return Object.freeze(out);
}

const STATUSES: readonly Status[] = ['not-signatory', 'signed', 'deposited', 'in-force', 'unknown'];

/** statusLabel(s): a status in words, in the interface's language ("In force"). */
export const statusLabel = (s: Status): string => m.map.status[s];
/** statusFilterLabel(f): a status filter's choice in words: "Party" is any of the three of a Party. */
export const statusFilterLabel = (f: StatusFilter): string => m.map.statusFilter[f];

/** Each status in words, read in the current language: `STATUS_LABEL[s]`. */
export const STATUS_LABEL = liveRecord(STATUSES, statusLabel);

/** The status filter's choices, in words, read in the current language. */
export const STATUS_FILTER_LABEL = liveRecord(STATUS_FILTERS, statusFilterLabel);

/** One step of a path, and the first day it can have happened (to tell steps after a date). */
export interface PathStep {
	text: string;
	from: string;
}

/** datedSteps(record): the dated steps of a participant towards an instrument, in order. */
export function datedSteps(r: PartyRecord | undefined): PathStep[] {
	if (!r) return [];
	const steps: PathStep[] = [];
	const t = m.map;
	if (r.signature) steps.push({ text: t.stepSigned(formatDate(r.signature)), from: r.signature });
	if (r.deposit)
		steps.push({ text: t.stepConsent(r.consentKind, formatDate(r.deposit)), from: r.deposit });
	else if (r.window) {
		const { earliest, latest } = r.window;
		steps.push({
			text: t.stepConsentWindow(
				r.consentKind,
				formatDate(earliest),
				latest ? formatDate(latest) : null
			),
			from: earliest
		});
	}
	if (r.inForce) steps.push({ text: t.stepInForce(formatDate(r.inForce)), from: r.inForce });
	else if (r.inForceCertainFrom)
		steps.push({
			text: t.stepInForceBy(formatDate(r.inForceCertainFrom)),
			from: r.inForceCertainFrom
		});
	return steps;
}

/** pathSteps(record): the steps' words, in order. */
export function pathSteps(r: PartyRecord | undefined): string[] {
	return datedSteps(r).map((s) => s.text);
}
