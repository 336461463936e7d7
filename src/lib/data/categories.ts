/**
 * The English names of the event categories and regional groups (schema.ts holds the ids): the
 * timeline catalogue's English, and what Node scripts and tests compare with. Pure, with no import of
 * the interface's language, so it runs in Node as it is. The interface shows them in its language
 * through `categoryLabel(c)` and `groupLabel(g)` (categoryLabel.ts).
 */
import type { CategoryId } from './schema';

export const CATEGORY_LABELS: Record<CategoryId, string> = {
	congress: 'UN Crime Congress',
	'general-assembly': 'General Assembly',
	negotiation: 'Negotiation',
	signature: 'Signature',
	'entry-into-force': 'Entry into force',
	cop: 'Conference of the Parties',
	'working-group': 'Working group',
	'review-mechanism': 'Review Mechanism',
	other: 'Other'
};

export const GROUP_LABELS = {
	AFR: 'African Group',
	APG: 'Asia-Pacific Group',
	EEG: 'Eastern European Group',
	GRULAC: 'Latin American and Caribbean Group',
	WEOG: 'Western European and Others Group'
} as const;
