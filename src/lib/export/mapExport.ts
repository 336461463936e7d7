/**
 * What the world map's exports carry: the words inside the SVG (title with the date, subtitle, the
 * legend with the count per status, and a footer with the EU's status, the UN's disclaimer, the
 * geometry's source and the page's sources and citation), and the CSV of every State and its status
 * with the record's source. Pure, so it can be checked without a browser. The words are the
 * interface's language's, read at each call; the CSV's column names stay the same in every language
 * (they are the file's keys, for whoever reads it with a script), its values in words follow it.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { groupLabel } from '$lib/data/categoryLabel';
import { statusOf, type Status, type StatusIndex } from '$lib/data/legalStatus';
import { MAP_STATUSES, statusPhrase } from '$lib/data/mapStatus';
import type { Participant, StatePosition } from '$lib/data/rowSchemas';
import type { Instrument } from '$lib/data/schema';
import { statusLabel } from '$lib/data/statusText';
import { m, participantName } from '$lib/i18n/i18n.svelte';
import { MAP_OTHER, STATUS_STYLE } from '$lib/charts/palette';
import type { ExportInfo } from './exportInfo';
import type { Table } from './figureRows';
import { mapDisclaimer, mapGeometrySource, otherAreasLabel } from './mapText';
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
		subtitle: [m.map.exportSubtitle, dimmed].filter(Boolean).join(' · '),
		legend: [
			...MAP_STATUSES.map((s) => ({
				label: m.map.legendCount(statusLabel(s), tally[s]),
				color: STATUS_STYLE[s].fill,
				shape: 'square' as const,
				...(STATUS_STYLE[s].hatch ? { hatch: STATUS_STYLE[s].hatch } : {})
			})),
			{ label: otherAreasLabel(), color: MAP_OTHER, shape: 'square' as const }
		],
		footer: [eu, mapDisclaimer(), mapGeometrySource(), ...info.footer(title)]
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
	const t = m.map;
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
					participantName(p),
					p.group ? groupLabel(p.group) : null,
					instrument.id,
					date,
					statusLabel(statusOf(r, date)),
					status,
					r?.signature ?? null,
					r?.deposit ?? (r?.window ? t.csvWindow(r.window.earliest, r.window.latest) : null),
					r?.inForce ?? null,
					pos ? t.csvDot(pos.longitude, pos.latitude) : t.csvShape,
					[r ? r.action.source : t.csvNoAction, pos ? t.csvPosition(pos.source) : '']
						.filter(Boolean)
						.join(' | ')
				];
			})
	};
}
