/**
 * The stage's heavy figures — the timeline, the growth chart and the world map, with their d3 and
 * LayerCake code — load as one chunk right after the presentation's first paint (its title, narration
 * and controls), not with it: the first stop that shows one asks for them, and the page asks anyway
 * once the browser is idle, with the map's geometry if a stop shows the map, so later stops switch at
 * once and a room that loses its network after the first slide can still show every stop. Loaded once
 * per page: the presentation and the presenter's preview of the next stop share them.
 */
import type { Tour } from '$lib/data/schema';
import { loadWorldAtlas } from '$lib/charts/worldAtlas';
import { whenIdle } from '$lib/ui/idleSteps';

type Figures = typeof import('./stageFigures');

/** The stops' views drawn by a figure of that chunk (the COP sessions are a plain table, drawn at once). */
const LAZY: ReadonlySet<string> = new Set(['timeline', 'ratifications', 'map']);
export const needsStageFigures = (view: string) => LAZY.has(view);

class StageFigures {
	/** The figures once loaded; a stop drawn after that draws its figure without waiting. */
	loaded: Figures | null = $state.raw(null);
	#loading: Promise<void> | null = null;

	/** load() resolves once the figures are loaded; a failure rejects, and the next call tries again. */
	load(): Promise<void> {
		this.#loading ??= import('./stageFigures').then(
			(figures) => {
				this.loaded = figures;
			},
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}
}

export const stageFigures = new StageFigures();

/**
 * preloadTour(tour): once the browser is idle, the figures if a stop of the tour shows one, and the
 * map's geometry if one shows the map. The returned function cancels it if it has not started.
 */
export function preloadTour(tour: Tour): () => void {
	const views = new Set(tour.stops.map((s) => s.view));
	return whenIdle(() => {
		if ([...views].some(needsStageFigures)) stageFigures.load().catch(() => {});
		if (views.has('map')) loadWorldAtlas().catch(() => {});
	});
}
