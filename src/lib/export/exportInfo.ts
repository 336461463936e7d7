/** What a figure's export needs from the page: the filters in words, the footer and the citation. */
import type { Citations } from './citation';

export interface ExportInfo {
	/** The active filters and window, in words: the subtitle of every export. */
	subtitle: string;
	/** The footer lines for a figure of this title: sources, permalink, as-of date, export date, citation. */
	footer: (title: string) => string[];
	/** The view cited three ways, under this title. */
	cite: (title: string) => Citations;
}
