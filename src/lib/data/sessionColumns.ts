/**
 * The columns of the COP sessions table. The presidents do not sort (a session may have several, or
 * none known); every other column does, with ties and "not known" values in session order. The
 * headers are getters, so the table follows a switch of language.
 */
import { m } from '$lib/i18n/i18n.svelte';
import { groupLabel } from './categoryLabel';
import type { CopSession } from './schema';
import type { Column } from './sortRows';

export const sessionColumns: readonly Column<CopSession>[] = [
	{
		key: 'session',
		get label() {
			return m.tables.colSession;
		},
		value: (s) => s.session
	},
	{
		key: 'place',
		get label() {
			return m.tables.colPlace;
		},
		value: (s) => [s.city, s.venue].filter(Boolean).join(' ') || null
	},
	{
		key: 'president',
		get label() {
			return m.tables.colPresident;
		}
	},
	{
		key: 'group',
		get label() {
			return m.tables.colPresidingGroup;
		},
		value: (s) => (s.presidingGroup ? groupLabel(s.presidingGroup) : null)
	},
	{
		key: 'outcomes',
		get label() {
			return m.tables.colOutcomes;
		},
		value: (s) => s.outcomeCount.value
	},
	{
		key: 'participants',
		get label() {
			return m.tables.colParticipation;
		},
		value: (s) => s.participation.participantsTotal
	}
];

/** bySession(a, b): in session number order, the tiebreak of every column. */
export const bySession = (a: CopSession, b: CopSession): number => a.session - b.session;
