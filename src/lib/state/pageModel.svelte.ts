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
 * keeper(same): a function that hands back what it was last given while the new value is the same
 * (same): a list the filters leave as it was stays the same array, and the views that read it are not
 * drawn again (selecting an event, moving the as-of date or changing the chart's measure changes the
 * filters' snapshot, not which events or participants pass).
 */
function keeper<T>(same: (a: T, b: T) => boolean): (next: T) => T {
	let last: { value: T } | null = null;
	return (next) => {
		if (last && same(last.value, next)) return last.value;
		last = { value: next };
		return next;
	};
}
const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);
const sameRecord = <T extends object>(a: T, b: T) => {
	const ka = Object.keys(a) as (keyof T)[];
	return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

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

	/** Events that pass every filter (the events table); those on the timeline (window aside). */
	readonly #keepShown = keeper(sameItems<TimelineEvent>);
	readonly shown = $derived(this.#keepShown(applyFilters(this.dataset.events, this.snapshot)));
	readonly #keepOnTimeline = keeper(sameItems<TimelineEvent>);
	readonly onTimeline = $derived(
		this.#keepOnTimeline(timelineEvents(this.dataset.events, this.snapshot))
	);
	readonly lanes = $derived(timelineLanes(this.filters.categories));
	readonly #keepLaneCounts = keeper(sameRecord<ReturnType<typeof laneCounts>>);
	readonly laneCounts = $derived(this.#keepLaneCounts(laneCounts(this.onTimeline, this.snapshot)));
	/** What each category's checkbox would show with the other filters as they are. */
	readonly #keepCategoryCounts = keeper(sameRecord<ReturnType<typeof categoryCounts>>);
	readonly categoryCounts = $derived(
		this.#keepCategoryCounts(categoryCounts(this.dataset.events, this.snapshot))
	);
	readonly #keepSessions = keeper(sameItems<CopSession>);
	readonly sessions = $derived(
		this.#keepSessions(filterSessions(this.dataset.copSessions, this.snapshot))
	);
	/** What the search knows of each participant besides its name (codes, other names). */
	readonly aliases = $derived(aliasIndex(this.dataset.participantAliases));
	readonly #keepParticipants = keeper(sameItems<Participant>);
	readonly participants = $derived(
		this.#keepParticipants(
			filterParticipants(this.dataset.participants, this.index, this.snapshot, this.aliases)
		)
	);
	/** The participants table's rows: those above, with the table's own status filter. */
	readonly #keepTableParticipants = keeper(sameItems<Participant>);
	readonly tableParticipants = $derived(
		this.#keepTableParticipants(withStatus(this.participants, this.index, this.snapshot, this.asOf))
	);
	/** For the summary line: Parties joined in the window, or Parties on the as-of date. */
	readonly #keepParties = keeper(sameRecord<ReturnType<typeof partiesCount>>);
	readonly parties = $derived(
		this.#keepParties(
			partiesCount(
				filterParticipants(
					this.dataset.participants,
					this.index,
					{
						...this.snapshot,
						joinedInWindow: false
					},
					this.aliases
				),
				this.index,
				this.snapshot,
				this.asOf
			)
		)
	);

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
