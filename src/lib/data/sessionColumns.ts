/**
 * The columns of the COP sessions table. The presidents do not sort (a session may have several, or
 * none known); every other column does, with ties and "not known" values in session order.
 */
import { GROUP_LABELS } from './categories';
import type { CopSession } from './schema';
import type { Column } from './sortRows';

export const sessionColumns: readonly Column<CopSession>[] = [
	{ key: 'session', label: 'Session', value: (s) => s.session },
	{
		key: 'place',
		label: 'Place',
		value: (s) => [s.city, s.venue].filter(Boolean).join(' ') || null
	},
	{ key: 'president', label: 'President' },
	{
		key: 'group',
		label: 'Presiding group',
		value: (s) => (s.presidingGroup ? GROUP_LABELS[s.presidingGroup] : null)
	},
	{ key: 'outcomes', label: 'Outcomes', value: (s) => s.outcomeCount.value },
	{ key: 'participants', label: 'Participation', value: (s) => s.participation.participantsTotal }
];

/** bySession(a, b): in session number order, the tiebreak of every column. */
export const bySession = (a: CopSession, b: CopSession): number => a.session - b.session;
