// Normalised SVG snapshots of the figures' layers on fixture data, as Observable Plot keeps them
// (test/plot-snapshot.js, test/output/*.svg): each layer set is rendered on the server at a fixed
// size and compared with tests/output/<name>.svg, a file a reviewer can open in a browser. A change
// to how a mark is drawn shows up here as a diff to look at; `UPDATE_SNAPSHOTS=1 npm run test:unit`
// rewrites the files after a deliberate change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayNumber } from '$lib/data/calendarDate';
import { event } from '$fixtures/testFixtures';
import ChartLayers from '../snapshots/ChartLayers.svelte';
import TimelineLayers from '../snapshots/TimelineLayers.svelte';

const out = (name: string) => new URL(`../output/${name}.svg`, import.meta.url).pathname;

/**
 * normalise(html): the first <svg>…</svg> of a server render as a standalone, diffable document:
 * Svelte's hydration comments and scoped class names gone, numbers rounded to 2 places, one element
 * per line.
 */
export function normalise(html: string, pad = { top: 0, left: 0 }): string {
	// LayerCake offsets the plot by its padding with CSS; a standalone file does it with a group.
	const svg = (/<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '')
		.replace(/(<svg[^>]*>)/, `$1<g transform="translate(${pad.left},${pad.top})">`)
		.replace(/<\/svg>$/, '</g></svg>');
	return (
		svg
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/ class="[^"]*"/g, '')
			.replace(/ style="[^"]*"/g, '')
			.replace(/<svg /, '<svg xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" ')
			.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/\s+/g, ' ')}<`)
			.replace(/>\s*</g, '>\n<')
			.trim() + '\n'
	);
}

function matches(name: string, svg: string) {
	const file = out(name);
	if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) writeFileSync(file, svg);
	expect(svg).toBe(readFileSync(file, 'utf8'));
}

const events = [
	event('geneva-1975', '1999-01-20', { category: 'congress', title: 'Tenth UN Congress' }),
	event('adhoc-1', '1999-01-19', { category: 'negotiation', title: 'Ad Hoc Committee, first' }),
	event('adhoc-2', '1999-02-02', { category: 'negotiation', title: 'Ad Hoc Committee, second' }),
	event('adhoc-3', '1999-02-04', { category: 'negotiation', title: 'Ad Hoc Committee, third' }),
	event('palermo', '2000-12-12', {
		category: 'negotiation',
		endDate: '2000-12-15',
		title: 'Palermo high-level political signing conference'
	}),
	event('ga-2000', '2000-11', { category: 'congress', title: 'A month-precision event' }),
	event('cop-1', '2004-06-28', { category: 'cop', title: 'COP 1' })
];

describe('SVG snapshots of the layers', () => {
	it('the timeline’s layers draw lanes, axis, rules, marks, a bar, a cluster and labels', () => {
		const { body } = render(TimelineLayers, {
			props: { events, window: { from: '1998-01-01', to: '2005-12-31' } }
		});
		const svg = normalise(body);
		expect(svg).toContain('data-cluster-size="3"');
		expect(svg).toContain('data-party-mark="deposit"');
		matches('timeline-layers', svg);
	});

	it('the growth chart’s layers draw axes, threshold, lines, crosshair, a milestone, party marks, end labels and the COP legend', () => {
		const t = (iso: string) => dayNumber(iso) * DAY_MS;
		const series = [
			{
				id: 'UNTOC' as const,
				points: [
					{ t: t('2000-11-15'), count: 0 },
					{ t: t('2002-01-01'), count: 20 },
					{ t: t('2003-07-01'), count: 40 },
					{ t: t('2006-01-01'), count: 55 }
				],
				total: 57,
				leftOut: 2
			},
			{
				id: 'FIR' as const,
				points: [
					{ t: t('2000-11-15'), count: 0 },
					{ t: t('2005-04-04'), count: 40 },
					{ t: t('2006-01-01'), count: 44 }
				],
				total: 44,
				leftOut: 0
			}
		];
		const marks = [
			{ id: 'UNTOC' as const, kind: 'signature' as const, t: t('2000-12-12'), label: 'signs' },
			{ id: 'UNTOC' as const, kind: 'deposit' as const, t: t('2003-07-01'), label: 'ratifies' }
		];
		const { body } = render(ChartLayers, {
			props: { series, marks, xDomain: [t('2000-11-15'), t('2006-01-02')], asOf: t('2004-01-01') }
		});
		const svg = normalise(body, { top: 12, left: 40 });
		expect(svg).toContain('data-series="FIR"');
		expect(svg).toContain('Convention · 57* Parties');
		expect(svg).toContain('Convention 40th: Armenia, 1 July 2003');
		expect(svg).toContain('>COP session<');
		expect(svg).toContain('Parties (States and the EU)');
		matches('chart-layers', svg);
	});
});
