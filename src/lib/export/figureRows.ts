/**
 * The rows behind each figure and table, as CSV header + rows, each row with its source: what a
 * researcher downloads to check or reuse what they see. Pure: the views pass in what they show. The
 * column names are the file's keys, the same in every language; the words in the cells follow it.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { categoryLabel, groupLabel } from '$lib/data/categoryLabel';
import { statusOf, type StatusIndex } from '$lib/data/legalStatus';
import type { Participant } from '$lib/data/rowSchemas';
import type { CopSession, InstrumentId, Measure, Source, TimelineEvent } from '$lib/data/schema';
import { STATUS_LABEL } from '$lib/data/statusText';
import { m } from '$lib/i18n/i18n.svelte';

export interface Table {
	header: string[];
	rows: (string | number | null)[][];
}

const sourceText = (sources: readonly Source[]) =>
	sources.map((s) => [s.title, s.url ?? s.publication].filter(Boolean).join(', ')).join(' | ');

/** eventsTable(events): one row per event shown. */
export function eventsTable(events: readonly TimelineEvent[]): Table {
	return {
		header: [
			'id',
			'date',
			'end_date',
			'precision',
			'title',
			'category',
			'location',
			'instruments',
			'source'
		],
		rows: events.map((e) => [
			e.id,
			e.date,
			e.endDate,
			e.precision,
			e.title,
			categoryLabel(e.category),
			e.location,
			e.instruments.join(' '),
			sourceText(e.sources)
		])
	};
}

/**
 * chartTable(index, instruments, measure, from, to): every dated change behind the growth lines in the
 * window — who signed, deposited or came under the instrument's force on which day, with the running
 * count after it (the line's value) and the row's source — then the undated Parties the lines leave out.
 */
export function chartTable(
	index: StatusIndex,
	instruments: readonly InstrumentId[],
	measure: Measure,
	from: IsoDate,
	to: IsoDate
): Table {
	const step = m.exports.step[measure];
	const dated: { date: IsoDate; r: StatusIndex['records'][number] }[] = [];
	const undated: StatusIndex['records'] = [];
	for (const r of index.records) {
		if (!instruments.includes(r.instrument)) continue;
		const date =
			measure === 'signatories' ? r.signature : measure === 'parties' ? r.deposit : r.inForce;
		if (date !== null) dated.push({ date, r });
		else if (measure !== 'signatories' && r.window !== null) undated.push(r);
	}
	dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const count = new Map<InstrumentId, number>();
	const rows: Table['rows'] = [];
	for (const { date, r } of dated) {
		const n = (count.get(r.instrument) ?? 0) + 1;
		count.set(r.instrument, n);
		if (date >= from && date <= to)
			rows.push([date, r.instrument, r.participant, step, n, r.action.source]);
	}
	for (const r of undated) {
		const w = r.window;
		const within = w && w.earliest <= to && (w.latest === null || w.latest >= from);
		if (!within) continue;
		rows.push([
			null,
			r.instrument,
			r.participant,
			m.exports.undatedStep(step, w.earliest, w.latest),
			null,
			r.action.source
		]);
	}
	return { header: ['date', 'instrument', 'participant', 'step', 'count_after', 'source'], rows };
}

/** participantsTable(participants, index, instruments, asOf): one row per participant shown. */
export function participantsTable(
	participants: readonly Participant[],
	index: StatusIndex,
	instruments: readonly InstrumentId[],
	asOf: IsoDate
): Table {
	const header = ['iso3', 'name', 'un_regional_group', 'region'];
	for (const id of instruments) {
		header.push(
			`${id}_signature`,
			`${id}_consent_kind`,
			`${id}_consent_date`,
			`${id}_status_${asOf}`
		);
	}
	header.push('source');
	return {
		header,
		rows: participants.map((p) => {
			const row: (string | null)[] = [
				p.iso3,
				p.name,
				p.group ? groupLabel(p.group) : null,
				p.region
			];
			const sources: string[] = [];
			for (const id of instruments) {
				const r = index.byKey.get(`${p.iso3} ${id}`);
				row.push(
					r?.signature ?? null,
					r?.consentKind ?? null,
					r?.deposit ?? (r?.window ? m.exports.between(r.window.earliest, r.window.latest) : null),
					STATUS_LABEL[statusOf(r, asOf)]
				);
				if (r) sources.push(`${id}: ${r.action.source}`);
			}
			row.push(sources.join(' | '));
			return row;
		})
	};
}

/** sessionsTable(sessions): one row per COP session shown. */
export function sessionsTable(sessions: readonly CopSession[]): Table {
	return {
		header: [
			'session',
			'start_date',
			'end_date',
			'city',
			'venue',
			'format',
			'presidents',
			'presiding_group',
			'outcomes',
			'states_parties',
			'participants_total',
			'source'
		],
		rows: sessions.map((s) => [
			s.session,
			s.startDate,
			s.endDate,
			s.city,
			s.venue,
			s.format,
			s.presidents.map((p) => `${p.name}${p.country ? ` (${p.country})` : ''}`).join('; '),
			s.presidingGroup ? groupLabel(s.presidingGroup) : null,
			s.outcomeCount.value,
			s.participation.statesParties,
			s.participation.participantsTotal,
			sourceText(s.sources)
		])
	};
}
