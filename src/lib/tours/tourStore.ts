/**
 * The presenter's own tours, kept in the browser's localStorage under one versioned key. Read once,
 * validated with the same TourSchema as data/tours, so a tour made here is a tour the app can show.
 * What cannot be read (not JSON, an unknown version, a tour the schema refuses) is never dropped
 * silently: the raw text is copied to a backup key first and the caller is told, so the page can say
 * so and offer the text as a download. Storage is passed in, so tests use a Map-backed fake.
 */
import * as v from 'valibot';
import { TourSchema, type Tour } from '$lib/data/schema';
import { m } from '$lib/i18n/i18n.svelte';

/** The key of the store, and the one version this code reads and writes. */
export const STORE_KEY = 'untoc-timeline:tours';
export const STORE_VERSION = 1;
/** Set-aside copies live under this prefix, one key per time something was set aside. */
export const SET_ASIDE_PREFIX = 'untoc-timeline:tours:set-aside:';

/** What was set aside, and why (read in the interface's language when shown), for a visible notice. */
export interface SetAside {
	key: string;
	readonly reason: string;
}

/** A reason, worded when it is read: a notice made before the language was switched follows it. */
type Reason = () => string;

export interface StoreRead {
	tours: Tour[];
	/** Set when the stored text could not be used whole; the tours that could be read are kept. */
	setAside: SetAside | null;
	/** Set when the browser gives no storage (private mode, disabled): tours last only for this page. */
	readonly unavailable: string | null;
}

/** The part of Storage this module needs (window.localStorage is one). */
export type TourStorage = Pick<Storage, 'getItem' | 'setItem' | 'key' | 'length'>;

function describeError(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** setAsideRaw(storage, raw, reason, now) copies raw to a new backup key and returns it. */
export function setAsideRaw(
	storage: TourStorage,
	raw: string,
	reason: string | Reason,
	now: Date = new Date()
): SetAside {
	let key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
	for (let i = 2; storage.getItem(key) !== null; i++)
		key = `${SET_ASIDE_PREFIX}${now.toISOString()}-${i}`;
	storage.setItem(key, raw);
	return {
		key,
		get reason() {
			return typeof reason === 'string' ? reason : reason();
		}
	};
}

/** A store read with nothing set aside; `unavailable` worded when read. */
const read = (tours: Tour[], unavailable: Reason | null, setAside: SetAside | null = null) => ({
	tours,
	setAside,
	get unavailable() {
		return unavailable && unavailable();
	}
});

/** Why a parsed store cannot be used as it is, or null; and the tours in it that can be. */
function readValue(value: unknown): { tours: Tour[]; fault: Reason | null } {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { tours: [], fault: () => m.present.storeNotStore };
	}
	const { version, tours } = value as { version?: unknown; tours?: unknown };
	if (version !== STORE_VERSION) {
		const found = JSON.stringify(version);
		return { tours: [], fault: () => m.present.storeVersion(found ?? null, STORE_VERSION) };
	}
	if (!Array.isArray(tours)) return { tours: [], fault: () => m.present.storeNotList };
	const good: Tour[] = [];
	const bad: string[] = [];
	tours.forEach((t, i) => {
		const r = v.safeParse(TourSchema, t);
		if (r.success && !good.some((g) => g.id === r.output.id)) good.push(r.output);
		else bad.push(`#${i + 1}`);
	});
	return {
		tours: good,
		fault: bad.length ? () => m.present.storeBadTours(bad) : null
	};
}

/** readTours(storage): the stored tours; never throws, never loses the stored text. */
export function readTours(storage: TourStorage | null, now: Date = new Date()): StoreRead {
	if (!storage) return read([], () => m.present.noStorage);
	let raw: string | null;
	try {
		raw = storage.getItem(STORE_KEY);
	} catch (e) {
		const error = describeError(e);
		return read([], () => error);
	}
	if (raw === null) return read([], null);
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return read(
			[],
			null,
			trySetAside(storage, raw, () => m.present.storeNotJson, now, [])
		);
	}
	const { tours, fault } = readValue(value);
	if (!fault) return read(tours, null);
	return read(tours, null, trySetAside(storage, raw, fault, now, tours));
}

/**
 * The raw text copied aside, then the store rewritten with what could be read, so the next read is
 * clean and the same text is not set aside again on every load.
 */
function trySetAside(
	storage: TourStorage,
	raw: string,
	reason: Reason,
	now: Date,
	tours: readonly Tour[]
): SetAside {
	try {
		const aside = setAsideRaw(storage, raw, reason, now);
		storage.setItem(STORE_KEY, serializeStore(tours));
		return aside;
	} catch (e) {
		// The backup could not be written (storage full): the original key is left as it is.
		const error = describeError(e);
		return {
			key: STORE_KEY,
			get reason() {
				return m.present.storeNotCopied(reason(), error);
			}
		};
	}
}

/** serializeStore(tours): the stored text. */
export function serializeStore(tours: readonly Tour[]): string {
	return JSON.stringify({ version: STORE_VERSION, tours });
}

/** writeTours(storage, tours): null when saved, else why not (storage full, disabled). */
export function writeTours(storage: TourStorage | null, tours: readonly Tour[]): string | null {
	if (!storage) return m.present.noStorage;
	try {
		storage.setItem(STORE_KEY, serializeStore(tours));
		return null;
	} catch (e) {
		return describeError(e);
	}
}

/** setAsideKeys(storage): every set-aside copy's key, oldest first. */
export function setAsideKeys(storage: TourStorage | null): string[] {
	if (!storage) return [];
	const keys: string[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const k = storage.key(i);
			if (k?.startsWith(SET_ASIDE_PREFIX)) keys.push(k);
		}
	} catch {
		return [];
	}
	return keys.sort();
}
