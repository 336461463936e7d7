/** What a figure's export needs from the page: the filters in words, the footer and the citation. */
import { formatDate } from '$lib/data/formatDate';
import { cite, type Citations } from './citation';
import type { Table } from './figureRows';
import type { Preset, Theme } from './standaloneSvg';

/** One exportable view: its files' name, its title, and what it exports. */
export interface Exportable {
	/** The start of the files' names, e.g. "untoc-timeline". */
	name: string;
	/** The view's title, as the citation and the file give it. */
	title: string;
	/** The figure as a standalone SVG; absent for a table, which has no image. */
	svg?: (preset: Preset, theme: Theme) => string;
	/** The rows behind the figure or table. */
	table: () => Table;
}

export interface ExportInfo {
	/** The active filters and window, in words: the subtitle of every export. */
	subtitle: string;
	/** The footer lines for a figure of this title: sources, permalink, as-of date, export date, citation. */
	footer: (title: string) => string[];
	/** The view cited three ways, under this title. */
	cite: (title: string) => Citations;
}

/** What every exported figure says of its sources: the kinds of record behind the dataset. */
export const SOURCES_LINE =
	'Sources: the records in the UNTOC Timeline dataset — UN resolutions and documents, the UN Treaty Collection, UN Information Service and UNODC releases, UNODC, UNTOC at 20 (2020), and further sources named on every record (listed row by row in the CSV export).';

/**
 * exportInfo(subtitle, dataAsOf, permalink, today): the page's ExportInfo. `subtitle` and `permalink`
 * are read when an export is made, so the file states the view as it is at that moment.
 */
export function exportInfo(
	subtitle: () => string,
	dataAsOf: string,
	permalink: () => string,
	today: () => string = () => new Date().toISOString().slice(0, 10)
): ExportInfo {
	const citeView = (title: string) =>
		cite({ title, permalink: permalink(), dataAsOf, accessed: today() });
	return {
		get subtitle() {
			return subtitle();
		},
		footer: (title) => [
			SOURCES_LINE,
			`View: ${permalink()}`,
			`Data as of ${formatDate(dataAsOf)} · exported ${formatDate(today())}`,
			`Cite: ${citeView(title).apa}`
		],
		cite: citeView
	};
}
