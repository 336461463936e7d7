/**
 * The page's view model: each value the views show, derived once from the dataset and the shared
 * filter state and recomputed only when what it reads changes (a hover recomputes the highlights, not
 * the filtered lists). The logic is in the pure functions of viewModel.ts and applyFilters.ts; this
 * class only memoises them. The dashboard and the presentation each make one for their page. Views take
 * each value as its own prop (never one object spread into props): a view's prop then changes only when
 * its own value does, and a selection redraws what shows it, not the whole chart.
 */
import { m } from '$lib/i18n/i18n.svelte';
import { dataAsOf } from '$lib/data/headlineFigures';
import { buildStatusIndex } from '$lib/data/legalStatus';
import { milestoneTable, thresholdMilestone } from '$lib/data/milestones';
import type { Dataset } from '$lib/data/parseDataset';
import { partyActions } from '$lib/data/partyActions';
import type { Participant } from '$lib/data/rowSchemas';
import type { CopSession, GroupId, TimelineEvent } from '$lib/data/schema';
import {
	aliasIndex,
	applyFilters,
	categoryCounts,
	filterParticipants,
	filterSessions,
	partiesCount,
	withStatus
} from './applyFilters';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { FilterState } from './filters.svelte';
import {
	highlightedEvents,
	laneCounts,
	linkedDate,
	markedParticipant,
	timelineEvents,
	timelineLanes
} from './viewModel';

/**
 * kept(compute, same): a value derived by compute that stays the same object while the new one is
 * the same (same): a list the filters leave as it was stays the same array, and the views that read it
 * are not drawn again (selecting an event, moving the as-of date or changing the chart's measure
 * changes the filters' snapshot, not which events or participants pass).
 *
 * compute runs in a derived of its own that holds a new wrapper each time, and the kept value is a
 * second, cheap derived of it. Svelte (5.57) gives a derived a new version only when its value
 * changes, and counts a derived dirty while any of its sources is newer than it: a single derived
 * handing back its last value would stay dirty from then on and compute again at every change of
 * anything upstream (sveltejs/svelte#15414). With the wrapper, compute runs only when what it reads
 * changes; the cheap half may rerun and compare.
 */
function kept<T>(compute: () => T, same: (a: T, b: T) => boolean): { readonly value: T } {
	let last: { value: T } | null = null;
	const run = $derived({ value: compute() });
	const value = $derived.by(() => {
		const next = run.value;
		if (last && same(last.value, next)) return last.value;
		last = { value: next };
		return next;
	});
	return {
		get value() {
			return value;
		}
	};
}
const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);
const sameRecord = <T extends object>(a: T, b: T) => {
	const ka = Object.keys(a) as (keyof T)[];
	return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};
/** Two values of a normalized filter field alike: the same scalar, list items or window ends. */
const sameField = (a: unknown, b: unknown): boolean =>
	a === b ||
	(Array.isArray(a) && Array.isArray(b)
		? sameItems(a, b)
		: !!a && !!b && typeof a === 'object' && typeof b === 'object' && sameRecord(a, b));

/**
 * slicer(keys): a function that hands back, for a filter snapshot, the filters with only the fields
 * keys taken from it (the rest at their defaults), and the same object as last time while those fields
 * are unchanged. A value derived from a slice is then recomputed only when a field it reads changes:
 * the participants are not searched again when the window moves, nor the events when the as-of date
 * does. The fields a pure function reads are listed beside each slice below.
 */
export function slicer(keys: readonly (keyof Filters)[]): (f: Filters) => Filters {
	let last: Filters | null = null;
	return (f) => {
		if (last && keys.every((k) => sameField(last![k], f[k]))) return last;
		const next: Filters = { ...DEFAULT_FILTERS };
		for (const k of keys) (next as unknown as Record<string, unknown>)[k] = f[k];
		return (last = next);
	};
}

export class PageModel {
	readonly #dataset: Dataset;
	readonly #filters: FilterState;
	constructor(dataset: Dataset, filters: FilterState) {
		this.#dataset = dataset;
		this.#filters = filters;
	}
	// Read through getters: the derived fields below are evaluated lazily, after the constructor.
	get dataset(): Dataset {
		return this.#dataset;
	}
	get filters(): FilterState {
		return this.#filters;
	}

	readonly snapshot = $derived(this.filters.snapshot());
	readonly index = $derived(buildStatusIndex(this.dataset));
	/** The data's own as-of date, and the date every status is read on. */
	readonly dataAsOf = $derived(dataAsOf(this.dataset));
	readonly asOf = $derived(this.filters.asOf ?? this.dataAsOf);
	readonly instrumentNames = $derived(
		new Map(this.dataset.instruments.map((i) => [i.id, m.frame.instrumentShort[i.id]]))
	);
	readonly #groups = $derived(new Map(this.dataset.participants.map((p) => [p.iso3, p.group])));
	/** A participant's UN regional group; one function for the page, as the chart's caches want. */
	readonly groupOf = (iso3: string): GroupId | null => this.#groups.get(iso3) ?? null;

	// Each slice holds the fields its functions read: applyFilters and categoryCounts (window,
	// categories, instruments, q), timelineEvents (the same but the window), laneCounts (window,
	// instruments, q), filterSessions (window, groups, q), filterParticipants (groups, q,
	// joinedInWindow, and the window and instruments only with joinedInWindow), withStatus (status, statusFor) and
	// partiesCount (window, instruments).
	readonly #eventSlice = slicer(['window', 'categories', 'instruments', 'q']);
	readonly #eventFilters = $derived(this.#eventSlice(this.snapshot));
	readonly #timelineSlice = slicer(['categories', 'instruments', 'q']);
	readonly #timelineFilters = $derived(this.#timelineSlice(this.snapshot));
	readonly #sessionSlice = slicer(['window', 'groups', 'q']);
	readonly #sessionFilters = $derived(this.#sessionSlice(this.snapshot));
	readonly #participantSlice = slicer(['groups', 'q', 'joinedInWindow', 'window', 'instruments']);
	readonly #participantFilters = $derived(
		this.#participantSlice(
			this.snapshot.joinedInWindow
				? this.snapshot
				: { ...this.snapshot, window: null, instruments: null }
		)
	);
	readonly #searchSlice = slicer(['groups', 'q']);
	readonly #searchFilters = $derived(this.#searchSlice(this.snapshot));
	readonly #statusSlice = slicer(['status', 'statusFor']);
	readonly #statusFilters = $derived(this.#statusSlice(this.snapshot));
	readonly #partiesSlice = slicer(['window', 'instruments']);
	readonly #partiesFilters = $derived(this.#partiesSlice(this.snapshot));

	/** Events that pass every filter (the events table); those on the timeline (window aside). */
	readonly #shown = kept(
		() => applyFilters(this.dataset.events, this.#eventFilters),
		sameItems<TimelineEvent>
	);
	get shown(): TimelineEvent[] {
		return this.#shown.value;
	}
	readonly #onTimeline = kept(
		() => timelineEvents(this.dataset.events, this.#timelineFilters),
		sameItems<TimelineEvent>
	);
	get onTimeline(): TimelineEvent[] {
		return this.#onTimeline.value;
	}
	readonly lanes = $derived(timelineLanes(this.filters.categories));
	readonly #laneCounts = kept(
		() => laneCounts(this.onTimeline, this.#eventFilters),
		sameRecord<ReturnType<typeof laneCounts>>
	);
	get laneCounts(): ReturnType<typeof laneCounts> {
		return this.#laneCounts.value;
	}
	/** What each category's checkbox would show with the other filters as they are. */
	readonly #categoryCounts = kept(
		() => categoryCounts(this.dataset.events, this.#eventFilters),
		sameRecord<ReturnType<typeof categoryCounts>>
	);
	get categoryCounts(): ReturnType<typeof categoryCounts> {
		return this.#categoryCounts.value;
	}
	readonly #sessions = kept(
		() => filterSessions(this.dataset.copSessions, this.#sessionFilters),
		sameItems<CopSession>
	);
	get sessions(): CopSession[] {
		return this.#sessions.value;
	}
	/** What the search knows of each participant besides its name (codes, other names). */
	readonly aliases = $derived(aliasIndex(this.dataset.participantAliases));
	readonly #participants = kept(
		() =>
			filterParticipants(
				this.dataset.participants,
				this.index,
				this.#participantFilters,
				this.aliases
			),
		sameItems<Participant>
	);
	get participants(): Participant[] {
		return this.#participants.value;
	}
	/** The participants table's rows: those above, with the table's own status filter. */
	readonly #tableParticipants = kept(
		() => withStatus(this.participants, this.index, this.#statusFilters, this.asOf),
		sameItems<Participant>
	);
	get tableParticipants(): readonly Participant[] {
		return this.#tableParticipants.value;
	}
	/** Those the search and the groups leave, "joined within the window" aside: the summary's. */
	readonly #searched = kept(
		() =>
			filterParticipants(this.dataset.participants, this.index, this.#searchFilters, this.aliases),
		sameItems<Participant>
	);
	/** For the summary line: Parties joined in the window, or Parties on the as-of date. */
	readonly #parties = kept(
		() => partiesCount(this.#searched.value, this.index, this.#partiesFilters, this.asOf),
		sameRecord<ReturnType<typeof partiesCount>>
	);
	get parties(): ReturnType<typeof partiesCount> {
		return this.#parties.value;
	}

	readonly selectedEvent = $derived(
		this.dataset.events.find((e) => e.id === this.filters.event) ?? null
	);
	readonly party = $derived(
		this.dataset.participants.find((p) => p.iso3 === this.filters.party) ?? null
	);
	/** The participant whose steps the chart and timeline mark, and those steps. */
	readonly marked = $derived(
		markedParticipant(this.dataset.participants, this.filters.party, this.filters.hover)
	);
	readonly partyActions = $derived(
		this.marked ? partyActions(this.index, this.marked, this.instrumentNames) : []
	);
	/** What another view points at, in each view's own terms. */
	readonly highlighted = $derived(highlightedEvents(this.filters.hover, this.dataset.copSessions));
	readonly linkedDate = $derived(
		linkedDate(this.filters.hover, this.dataset.copSessions, this.dataset.events)
	);
	readonly hoverDate = $derived(
		this.filters.hover?.kind === 'date' ? this.filters.hover.date : null
	);

	readonly #names = $derived(new Map(this.dataset.participants.map((p) => [p.iso3, p.name])));
	/** A participant's name, for the milestones. */
	readonly nameOf = (iso3: string): string => this.#names.get(iso3) ?? iso3;
	/** Each instrument's 40th counted instrument, and its 1st, 40th, 100th and 150th Party. */
	readonly thresholds = $derived(
		this.dataset.instruments.flatMap((i) => {
			const m = thresholdMilestone(i, this.dataset.treatyActions, this.dataset.participants);
			return m ? [m] : [];
		})
	);
	readonly milestoneRows = $derived(
		milestoneTable(
			this.dataset.treatyActions,
			this.dataset.instruments.map((i) => i.id)
		)
	);
}
