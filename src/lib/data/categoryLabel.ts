/**
 * A category's or regional group's name in the interface's language. Read where a template or a
 * $derived evaluates, so a switch of language redraws it. The English names stay in categories.ts,
 * free of the language's state, for Node scripts and tests.
 */
import { m } from '$lib/i18n/i18n.svelte';
import type { CategoryId, GroupId } from './schema';

/** categoryLabel('cop'): "Conference of the Parties", "Conférence des Parties", ... */
export const categoryLabel = (c: CategoryId): string => m.timeline.category[c];

/** groupLabel('AFR'): "African Group", "Groupe des États d’Afrique", ... */
export const groupLabel = (g: GroupId): string => m.timeline.group[g];
