/**
 * The presenter's own tours, kept in the browser's localStorage under one versioned key. Read once,
 * validated with the same TourSchema as data/tours, so a tour made here is a tour the app can show.
 * What cannot be read (not JSON, an unknown version, a tour the schema refuses) is never dropped
 * silently: the raw text is copied to a backup key first and the caller is told, so the page can say
 * so and offer the text as a download. Storage is passed in, so tests use a Map-backed fake.
 */
import * as v from 'valibot';
import { TourSchema, type Tour } from '$lib/data/schema';

/** The key of the store, and the one version this code reads and writes. */
export const STORE_KEY = 'untoc-timeline:tours';
export const STORE_VERSION = 1;
/** Set-aside copies live under this prefix, one key per time something was set aside. */
export const SET_ASIDE_PREFIX = 'untoc-timeline:tours:set-aside:';

/** What was set aside, and why, for a visible notice. */
export interface SetAside {
	key: string;
	reason: string;
}

export interface StoreRead {
	tours: Tour[];
	/** Set when the stored text could not be used whole; the tours that could be read are kept. */
	setAside: SetAside | null;
	/** Set when the browser gives no storage (private mode, disabled): tours last only for this page. */
	unavailable: string | null;
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
	reason: string,
	now: Date = new Date()
): SetAside {
	let key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
	for (let i = 2; storage.getItem(key) !== null; i++)
		key = `${SET_ASIDE_PREFIX}${now.toISOString()}-${i}`;
	storage.setItem(key, raw);
	return { key, reason };
}

/** Why a parsed store cannot be used as it is, or null; and the tours in it that can be. */
function readValue(value: unknown): { tours: Tour[]; fault: string | null } {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { tours: [], fault: 'it is not a tour store ({ version, tours })' };
	}
	const { version, tours } = value as { version?: unknown; tours?: unknown };
	if (version !== STORE_VERSION) {
		return {
			tours: [],
			fault: `its version (${JSON.stringify(version) ?? 'none'}) is not ${STORE_VERSION}`
		};
	}
	if (!Array.isArray(tours)) return { tours: [], fault: 'its "tours" is not a list' };
	const good: Tour[] = [];
	const bad: string[] = [];
	tours.forEach((t, i) => {
		const r = v.safeParse(TourSchema, t);
		if (r.success && !good.some((g) => g.id === r.output.id)) good.push(r.output);
		else bad.push(`#${i + 1}`);
	});
	return {
		tours: good,
		fault: bad.length
			? `tour${bad.length > 1 ? 's' : ''} ${bad.join(', ')} could not be read`
			: null
	};
}

/** readTours(storage): the stored tours; never throws, never loses the stored text. */
export function readTours(storage: TourStorage | null, now: Date = new Date()): StoreRead {
	if (!storage) return { tours: [], setAside: null, unavailable: 'this browser gives no storage' };
	let raw: string | null;
	try {
		raw = storage.getItem(STORE_KEY);
	} catch (e) {
		return { tours: [], setAside: null, unavailable: describeError(e) };
	}
	if (raw === null) return { tours: [], setAside: null, unavailable: null };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return {
			tours: [],
			setAside: trySetAside(storage, raw, 'it is not JSON', now, []),
			unavailable: null
		};
	}
	const { tours, fault } = readValue(value);
	if (!fault) return { tours, setAside: null, unavailable: null };
	return { tours, setAside: trySetAside(storage, raw, fault, now, tours), unavailable: null };
}

/**
 * The raw text copied aside, then the store rewritten with what could be read, so the next read is
 * clean and the same text is not set aside again on every load.
 */
function trySetAside(
	storage: TourStorage,
	raw: string,
	reason: string,
	now: Date,
	tours: readonly Tour[]
): SetAside {
	try {
		const aside = setAsideRaw(storage, raw, reason, now);
		storage.setItem(STORE_KEY, serializeStore(tours));
		return aside;
	} catch (e) {
		// The backup could not be written (storage full): the original key is left as it is.
		return {
			key: STORE_KEY,
			reason: `${reason}; it could not be copied aside (${describeError(e)})`
		};
	}
}

/** serializeStore(tours): the stored text. */
export function serializeStore(tours: readonly Tour[]): string {
	return JSON.stringify({ version: STORE_VERSION, tours });
}

/** writeTours(storage, tours): null when saved, else why not (storage full, disabled). */
export function writeTours(storage: TourStorage | null, tours: readonly Tour[]): string | null {
	if (!storage) return 'this browser gives no storage';
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
