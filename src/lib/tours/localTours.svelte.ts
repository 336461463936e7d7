/**
 * The presenter's tours for one page: the store read from localStorage in the browser, every change
 * written back at once, what was set aside and what could not be saved kept for a visible notice.
 * Made by the component that needs it (never module-level state: prerendering shares modules), and
 * kept in step with other tabs through the storage event.
 */
import type { Tour } from '$lib/data/schema';
import { m } from '$lib/i18n/i18n.svelte';
import {
	readTours,
	setAsideKeys,
	STORE_KEY,
	writeTours,
	type SetAside,
	type TourStorage
} from './tourStore';

function browserStorage(): TourStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // a sandboxed frame or disabled storage throws on access
	}
}

export class LocalTours {
	tours = $state.raw<Tour[]>([]);
	/** False until read in the browser (the prerendered page knows no tours). */
	loaded = $state(false);
	setAside = $state.raw<SetAside | null>(null);
	/** Keys of every set-aside copy still in storage, for download. */
	setAsideKeys = $state.raw<string[]>([]);
	/** What keeps the tours from being kept or saved, worded when shown (so in the current language). */
	#fault = $state.raw<{ unavailable: () => string | null } | { unsaved: string } | null>(null);
	#storage: TourStorage | null = null;

	/** Why tours cannot be kept or were not saved, if so. */
	get problem(): string | null {
		const f = this.#fault;
		if (!f) return null;
		if ('unsaved' in f)
			return m.present.storeUnsaved(this.#storage ? f.unsaved : m.present.noStorage);
		const why = f.unavailable();
		return why === null ? null : m.present.storeUnavailable(why);
	}

	/** load(): read the store; call in the browser (onMount). Returns a function that stops listening. */
	load(storage: TourStorage | null = browserStorage()): () => void {
		this.#storage = storage;
		this.#read();
		const onStorage = (e: StorageEvent) => {
			if (e.key === STORE_KEY || e.key === null) this.#read();
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	}

	#read() {
		const r = readTours(this.#storage);
		this.tours = r.tours;
		this.setAside = r.setAside ?? this.setAside;
		this.#fault = { unavailable: () => r.unavailable };
		this.setAsideKeys = setAsideKeys(this.#storage);
		this.loaded = true;
	}

	/** save(tours): replace the tours and write them; a failed write keeps them for this page and says so. */
	save(tours: Tour[]) {
		this.tours = tours;
		const fault = writeTours(this.#storage, tours);
		this.#fault = fault === null ? null : { unsaved: fault };
	}

	/** setAsideText(key): the text set aside under key, for download. */
	setAsideText(key: string): string | null {
		try {
			return this.#storage?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}

	/** find(id): one of the tours. */
	find(id: string | null): Tour | undefined {
		return this.tours.find((t) => t.id === id);
	}
}
