/** The shapes the growth chart's layers share. */
import type { InstrumentId } from '$lib/data/schema';

export interface ChartPoint {
	/** ms since 1970, UTC. */
	t: number;
	count: number;
}

export interface ChartSeries {
	id: InstrumentId;
	points: ChartPoint[];
	/** The count to print at the line's end: every Party, dated or not. */
	total: number;
	/** How many of them have no known date and so are not on the line. */
	leftOut: number;
}
