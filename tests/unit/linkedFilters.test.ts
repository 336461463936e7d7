// The linked filters on the real dataset: sessions, participants and Parties a reader can check.
import { describe, expect, it } from 'vitest';
import { buildStatusIndex } from '../../src/lib/data/legalStatus';
import { filterParticipants, filterSessions, partiesCount } from '../../src/lib/state/applyFilters';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/state/filters';
import { dataset } from './loadData';

const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const sessions = (fields: Partial<Filters>) =>
	filterSessions(dataset.copSessions, f(fields)).map((s) => s.session);
const index = buildStatusIndex(dataset);

describe('linked filters on the dataset', () => {
	it('filterSessions(sessions, f) over 2008–2012 keeps COP 4, 5 and 6', () => {
		expect(sessions({ window: { from: '2008-01-01', to: '2012-12-31' } })).toEqual([4, 5, 6]);
	});
	it('filterSessions(sessions, f) finds COP 1 by its president, Victor G. Garcia III', () => {
		expect(sessions({ q: 'Garcia' })).toEqual([1]);
	});
	it('filterSessions(sessions, f) for the African Group keeps COP 10, the one it is recorded to have presided', () => {
		// data/cop-sessions.json gives a presiding group for COP 10 (AFR) and COP 12 (EEG) only.
		expect(sessions({ groups: ['AFR'] })).toEqual([10]);
	});
	it('filterParticipants(participants, index, f) for the African Group keeps its 54 members', () => {
		const shown = filterParticipants(dataset.participants, index, f({ groups: ['AFR'] }));
		expect(shown).toHaveLength(54);
		expect(shown.every((p) => p.group === 'AFR')).toBe(true);
	});
	it('filterParticipants(participants, index, f) with joinedInWindow over 2003 keeps the UNTOC deposits dated in 2003', () => {
		const window = { from: '2003-01-01', to: '2003-12-31' };
		const expected = new Set(
			dataset.treatyActions
				.filter((a) => a.instrument === 'UNTOC' && a.consentDate?.startsWith('2003'))
				.map((a) => a.participant)
		);
		const filters = f({ window, instruments: ['UNTOC'], joinedInWindow: true });
		const shown = filterParticipants(dataset.participants, index, filters);
		expect(expected.size).toBeGreaterThan(0);
		expect(new Set(shown.map((p) => p.iso3))).toEqual(expected);
		expect(partiesCount(dataset.participants, index, filters, '2025-01-01')).toEqual({
			count: expected.size,
			joined: true
		});
	});
});
