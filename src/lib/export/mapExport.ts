/**
 * What the world map's exports carry: the words inside the SVG (title with the date, subtitle, the
 * legend with the count per status, and a footer with the EU's status, the UN's disclaimer, the
 * geometry's source and the page's sources and citation), and the CSV of every State and its status
 * with the record's source. Pure, so it can be checked without a browser.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { GROUP_LABELS } from '$lib/data/categories';
import { statusOf, type Status, type StatusIndex } from '$lib/data/legalStatus';
import { MAP_STATUSES, statusPhrase } from '$lib/data/mapStatus';
import type { Participant, StatePosition } from '$lib/data/rowSchemas';
import type { Instrument } from '$lib/data/schema';
import { STATUS_LABEL } from '$lib/data/statusText';
import { MAP_OTHER, STATUS_STYLE } from '$lib/charts/palette';
import type { ExportInfo } from './exportInfo';
import type { Table } from './figureRows';
import { MAP_DISCLAIMER, MAP_GEOMETRY_SOURCE, OTHER_AREAS_LABEL } from './mapText';
import type { FigureText } from './standaloneSvg';

/**
 * mapFigureText(title, info, tally, eu, dimmed): the map's export text. The page's other filters
 * (categories, the instruments of the events) do not change the map, so only what dims it is said.
 */
export function mapFigureText(
	title: string,
	info: ExportInfo,
	tally: Record<Status, number>,
	eu: string,
	dimmed: string | null = null
): FigureText {
	return {
		title,
		subtitle: ['Status of each State on that date (Parties in blue)', dimmed]
			.filter(Boolean)
			.join(' · '),
		legend: [
			...MAP_STATUSES.map((s) => ({
				label: `${STATUS_LABEL[s]} (${tally[s]})`,
				color: STATUS_STYLE[s].fill,
				shape: 'square' as const,
				...(STATUS_STYLE[s].hatch ? { hatch: STATUS_STYLE[s].hatch } : {})
			})),
			{ label: OTHER_AREAS_LABEL, color: MAP_OTHER, shape: 'square' as const }
		],
		footer: [eu, MAP_DISCLAIMER, MAP_GEOMETRY_SOURCE, ...info.footer(title)]
	};
}

/**
 * mapTable(participants, index, instrument, date, positions): one row per State on the map, with its
 * status on the date (the label and the phrase), its dates, and the sources of its record and, for a
 * dot, of its position.
 */
export function mapTable(
	participants: readonly Participant[],
	index: StatusIndex,
	instrument: Instrument,
	date: IsoDate,
	positions: readonly StatePosition[]
): Table {
	const at = new Map(positions.map((p) => [p.iso3, p]));
	return {
		header: [
			'iso3',
			'm49',
			'name',
			'un_regional_group',
			'instrument',
			'date',
			'status',
			'status_in_words',
			'signature',
			'consent_deposited',
			'in_force_for_it',
			'drawn_as',
			'source'
		],
		rows: participants
			.filter((p) => p.kind === 'state')
			.map((p) => {
				const r = index.byKey.get(`${p.iso3} ${instrument.id}`);
				const status = statusPhrase(r, date);
				const pos = at.get(p.iso3);
				return [
					p.iso3,
					p.m49,
					p.name,
					p.group ? GROUP_LABELS[p.group] : null,
					instrument.id,
					date,
					STATUS_LABEL[statusOf(r, date)],
					status,
					r?.signature ?? null,
					r?.deposit ??
						(r?.window ? `between ${r.window.earliest} and ${r.window.latest ?? 'unknown'}` : null),
					r?.inForce ?? null,
					pos ? `dot at ${pos.longitude}, ${pos.latitude}` : 'shape',
					[r ? r.action.source : 'no treaty action recorded', pos ? `position: ${pos.source}` : '']
						.filter(Boolean)
						.join(' | ')
				];
			})
	};
}
