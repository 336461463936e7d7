// Consistency of the dataset with the outside world: every published count of Parties that the data
// can reproduce, and each instrument's entry into force recomputed from its rule and the deposits.
import { describe, expect, it } from 'vitest';
import { computeEntryIntoForce } from '../../src/lib/data/entryIntoForce';
import { milestoneText, thresholdMilestone } from '../../src/lib/data/milestones';
import { countParties } from '../../src/lib/data/partyCount';
import { dataset, parsed } from './loadData';

const name = new Map(dataset.participants.map((p) => [p.iso3, p.name]));

/**
 * The difference (table minus published) the research recorded for a check: 0 for a pass, null for a
 * result that is neither (which the check's test then fails on).
 */
function recordedDifference(result: string): number | null {
	const m = /table (low|higher) by (\d+)/.exec(result);
	if (m) return (m[1] === 'low' ? -1 : 1) * Number(m[2]);
	return /^PASS/.test(result) ? 0 : null;
}

describe('the dataset', () => {
	it('parseDataset(data/) finds no problem in any file', () => {
		expect(parsed.problems).toEqual([]);
	});
	it('holds every researched record', () => {
		expect(dataset.events.length).toBeGreaterThanOrEqual(75);
		expect(dataset.copSessions.map((s) => s.session)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
		]);
		expect(dataset.instruments.map((i) => i.id)).toEqual(['UNTOC', 'TIP', 'SOM', 'FIR']);
		expect(dataset.treatyActions).toHaveLength(667);
		expect(dataset.participants).toHaveLength(198);
	});
});

describe('published counts of Parties', () => {
	for (const c of dataset.publishedCounts) {
		const count = countParties(dataset.treatyActions, c.instrument, c.date, {
			includeEu: c.countsEu
		});
		const undated = count.undatedPossible.map((a) => name.get(a.participant) ?? a.participant);
		const complete = undated.length === 0;
		const recorded = recordedDifference(c.researchResult);
		const diff = recorded ?? 0;
		const what = `${c.instrument} on ${c.date}: published ${c.count} (${c.source.title})`;
		const readResult = () =>
			expect(recorded, `research result "${c.researchResult}"`).not.toBeNull();
		if (complete) {
			it(`${what} — data complete; table equals it${diff ? ` ${diff > 0 ? '+' : ''}${diff}, the conflict the research recorded` : ''}`, () => {
				readResult();
				expect(count.certain).toBe(c.count + diff);
			});
		} else {
			it(`${what} — data incomplete: ${count.certain} certain, up to ${count.possible} with the undated ${undated.join(', ')}`, () => {
				readResult();
				if (diff === 0) {
					expect(c.count).toBeGreaterThanOrEqual(count.certain);
					expect(c.count).toBeLessThanOrEqual(count.possible);
				} else if (diff < 0) {
					expect(count.possible).toBe(c.count + diff);
				} else {
					expect(count.certain).toBe(c.count + diff);
				}
			});
		}
	}
});

describe('entry into force recomputed from each rule', () => {
	const untoc = dataset.instruments.find((i) => i.id === 'UNTOC');
	for (const instrument of dataset.instruments) {
		it(`computeEntryIntoForce(${instrument.id}) equals the recorded ${instrument.entryIntoForce.date}`, () => {
			const parentEif = instrument.parent ? (untoc?.entryIntoForce.date ?? null) : null;
			const computed = computeEntryIntoForce(
				instrument,
				dataset.treatyActions,
				dataset.participants,
				parentEif
			);
			expect(computed.uncertainBecause).toEqual([]);
			expect(computed.date).toBe(instrument.entryIntoForce.date);
			if (instrument.entryIntoForce.thresholdDepositDate !== null) {
				expect(computed.thresholdDepositDate).toBe(instrument.entryIntoForce.thresholdDepositDate);
			}
		});
	}
});

describe('the 40th instrument of each instrument', () => {
	for (const instrument of dataset.instruments) {
		it(`thresholdMilestone(${instrument.id}) falls on the recorded thresholdDepositDate ${instrument.entryIntoForce.thresholdDepositDate}`, () => {
			const m = thresholdMilestone(instrument, dataset.treatyActions, dataset.participants);
			expect(m?.date).toBe(instrument.entryIntoForce.thresholdDepositDate);
			expect(m?.entryIntoForce).toBe(instrument.entryIntoForce.date);
			expect(m?.uncertainBecause).toEqual([]);
		});
	}
	it('thresholdMilestone(FIR) is Poland, 4 April 2005, and TIP’s 40th shares its day with three', () => {
		const by = (id: string) => dataset.instruments.find((i) => i.id === id)!;
		const nameOf = (c: string) => name.get(c) ?? c;
		const fir = thresholdMilestone(by('FIR'), dataset.treatyActions, dataset.participants)!;
		expect(milestoneText(fir, nameOf)).toBe('40th: Poland, 4 April 2005');
		const tip = thresholdMilestone(by('TIP'), dataset.treatyActions, dataset.participants)!;
		expect(tip.ranks).toEqual([37, 40]);
		expect(tip.participants.map(nameOf).sort()).toEqual([
			'Belize',
			"Lao People's Democratic Republic",
			'Poland',
			'Rwanda'
		]);
	});
});
