// The legal-status engine on the real data: entry into force Party by Party, the counts against
// partyCount and the published figures, and the growth series against the counts.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/data/calendarDate';
import { buildStatusIndex, statusOn } from '../../src/lib/data/legalStatus';
import { countParties } from '../../src/lib/data/partyCount';
import { INSTRUMENT_IDS } from '../../src/lib/data/schema';
import { countsOn, growthSeries, MEASURES } from '../../src/lib/data/statusCounts';
import { dataset } from './loadData';

const index = buildStatusIndex(dataset);
const reio = new Set(dataset.participants.filter((p) => p.kind === 'reio').map((p) => p.iso3));

// On the day after its recorded entry into force, each instrument is in force for the 40 States that
// had deposited by the threshold day, plus the States that deposited after it early enough for their
// 30 days to end by the recorded date (each Protocol's "whichever is the later" clause puts them on
// that date; for UNTOC, Costa Rica's 30 days ended on 23 Aug 2003, before the Convention itself, so
// it too is bound from 29 Sep 2003). The EU (the one REIO) adds nothing: its first deposit, for
// UNTOC on 21 May 2004, follows every recorded date.
const atEntryIntoForce = {
	UNTOC: { late: ['CRI'], inForce: 41 },
	TIP: { late: ['AZE', 'DNK', 'JAM', 'KGZ', 'SEN'], inForce: 45 },
	SOM: { late: [], inForce: 40 },
	FIR: { late: ['OMN', 'ZMB'], inForce: 42 }
};

describe('entry into force on the real data', () => {
	for (const instrument of dataset.instruments) {
		const { id } = instrument;
		const { date, thresholdDepositDate } = instrument.entryIntoForce;
		const expected = atEntryIntoForce[id];
		it(`countsOn(index, day after ${date})['${id}'] has ${expected.inForce} Parties in force`, () => {
			const deposits = dataset.treatyActions.filter(
				(a) => a.instrument === id && a.consentDate !== null
			);
			const byThreshold = deposits.filter((a) => a.consentDate! <= thresholdDepositDate!);
			expect(byThreshold.filter((a) => !reio.has(a.participant))).toHaveLength(40);
			expect(byThreshold.filter((a) => reio.has(a.participant))).toEqual([]);
			const late = deposits
				.filter(
					(a) => a.consentDate! > thresholdDepositDate! && a.consentDate! <= addDays(date, -30)
				)
				.map((a) => a.participant);
			expect(late).toEqual(expected.late);
			expect(countsOn(index, addDays(date, 1))[id]['in-force']).toBe(expected.inForce);
		});
		it(`countsOn(index, day before ${date})['${id}'] has no Party in force`, () => {
			expect(countsOn(index, addDays(date, -1))[id]['in-force']).toBe(0);
			expect(countsOn(index, date)[id]['in-force']).toBe(expected.inForce);
		});
	}
	it('statusOn(index, EUU, UNTOC, date) is in force from 2004-06-20, 30 days after 2004-05-21', () => {
		expect(index.byKey.get('EUU UNTOC')?.inForce).toBe('2004-06-20');
		expect(statusOn(index, 'EUU', 'UNTOC', '2004-05-20')).toBe('signed');
		expect(statusOn(index, 'EUU', 'UNTOC', '2004-06-19')).toBe('deposited');
		expect(statusOn(index, 'EUU', 'UNTOC', '2004-06-20')).toBe('in-force');
	});
});

describe('counts on the real data', () => {
	it('countsOn(index, 2005-03-04).UNTOC.parties is 100 (Uruguay, UNIS/CP/510)', () => {
		expect(countsOn(index, '2005-03-04').UNTOC.parties).toBe(100);
	});
	// The two counting engines (the status index, and countParties over the rows) on the dates that
	// have a published count; the published figures themselves are checked below.
	const dates = [...new Set(dataset.publishedCounts.map((c) => c.date))].sort();
	it(`countsOn(index, date).parties is countParties(actions, id, date).certain on ${dates.length} dates`, () => {
		for (const date of dates) {
			const counts = countsOn(index, date);
			for (const id of INSTRUMENT_IDS) {
				expect(counts[id].parties, `${id} ${date}`).toBe(
					countParties(dataset.treatyActions, id, date).certain
				);
			}
		}
	});
	// The series plots dated changes only; adding the leftOut Parties already certain at its end
	// (window closed for parties, inForceCertainFrom passed for in-force) gives countsOn.
	for (const id of INSTRUMENT_IDS) {
		it.each(MEASURES)(
			`growthSeries(index, ${id}, %s) ends, with the certain undated, at countsOn`,
			(m) => {
				const { points, leftOut } = growthSeries(index, id, m);
				const end = points.at(-1);
				const certain = leftOut.filter((r) => {
					const from = m === 'parties' ? r.window?.latest : r.inForceCertainFrom;
					return from != null && from <= '2024-12-31';
				});
				expect(end?.date).toBe('2024-12-31');
				expect(end!.count + certain.length).toBe(countsOn(index, '2024-12-31')[id][m]);
			}
		);
	}
});

// The published counts the data reproduces exactly (see consistency.test.ts for all of them): those the
// research found equal ('PASS', no recorded difference) on a date when no undated Party can be
// counted either way. countsOn counts the EU; a source that counts States only leaves it out.
const exact = dataset.publishedCounts.filter(
	(c) =>
		c.researchResult === 'PASS' &&
		countParties(dataset.treatyActions, c.instrument, c.date, { includeEu: c.countsEu })
			.undatedPossible.length === 0
);
const isParty = (s: string) => s === 'deposited' || s === 'in-force';

describe('counts against the published figures', () => {
	it('the published counts hold an exact figure for every instrument', () => {
		expect(new Set(exact.map((c) => c.instrument))).toEqual(new Set(INSTRUMENT_IDS));
	});
	for (const c of exact) {
		const reioLeftOut = c.countsEu
			? 0
			: [...reio].filter((p) => isParty(statusOn(index, p, c.instrument, c.date))).length;
		const plus = reioLeftOut > 0 ? ` + ${reioLeftOut} (the EU, which the source leaves out)` : '';
		it(`countsOn(index, ${c.date}).${c.instrument}.parties is the published ${c.count}${plus} (${c.source.title})`, () => {
			expect(countsOn(index, c.date)[c.instrument].parties).toBe(c.count + reioLeftOut);
		});
	}
});
