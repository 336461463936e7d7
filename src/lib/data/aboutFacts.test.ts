import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/loadData';
import { aboutFacts } from './aboutFacts';
import { dataAsOf } from './headlineFigures';
import { knownGaps } from './knownGaps';
import type { TreatyAction } from './rowSchemas';

const action = (over: Partial<TreatyAction>): TreatyAction => ({
	...dataset.treatyActions[0]!,
	participant: 'ITA',
	instrument: 'UNTOC',
	signatureDate: null,
	consentDate: null,
	consentKind: null,
	dateEarliest: null,
	dateLatest: null,
	line: 9001,
	...over
});
const withActions = (...extra: TreatyAction[]) => ({
	...dataset,
	treatyActions: [...dataset.treatyActions, ...extra]
});

describe('aboutFacts', () => {
	it('aboutFacts(dataset) counts the records of each file and dates the data by its newest action', () => {
		const f = aboutFacts(dataset);
		expect(f.records).toEqual({
			'events.json': dataset.events.length,
			'cop-sessions.json': dataset.copSessions.length,
			'instruments.json': dataset.instruments.length,
			'participants.csv': dataset.participants.length,
			'treaty-actions.csv': dataset.treatyActions.length,
			'published-counts.csv': dataset.publishedCounts.length
		});
		expect(f.asOf).toBe(dataAsOf(dataset));
	});
	it('aboutFacts(dataset) gives one item per known gap, in the order knownGaps finds them', () => {
		const f = aboutFacts(dataset);
		const g = knownGaps(dataset);
		expect(f.undatedParties.map((a) => a.line)).toEqual(g.undatedParties.map((a) => a.line));
		expect(f.unknownConsentKind.map((a) => a.line)).toEqual(
			g.unknownConsentKind.map((a) => a.line)
		);
		expect(f.protocolWithoutConvention.map((a) => a.line)).toEqual(
			g.protocolWithoutConvention.map((a) => a.line)
		);
		expect(f.copMissing).toEqual(g.copMissing);
		expect(f.undatedParties[0]?.name).toBe(g.undatedParties[0]!.name);
	});
	it.each([
		[
			'a Party whose date lies in a window',
			action({ dateEarliest: '2020-07-24', dateLatest: '2020-12-24' }),
			'undatedParties'
		],
		[
			'a Party whose window has no end',
			action({ dateEarliest: '2019-02', dateLatest: null }),
			'undatedParties'
		],
		['a consent of unknown kind', action({ consentDate: '2004-02-29' }), 'unknownConsentKind']
	] as const)('aboutFacts(dataset) keeps %s with its dates', (_, extra, list) => {
		expect(aboutFacts(withActions(extra))[list]).toContainEqual({
			line: 9001,
			participant: 'ITA',
			name: 'Italy',
			instrument: 'UNTOC',
			consentDate: extra.consentDate,
			dateEarliest: extra.dateEarliest,
			dateLatest: extra.dateLatest
		});
	});
});
