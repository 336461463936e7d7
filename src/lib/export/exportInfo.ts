/** What a figure's export needs from the page: the filters in words, the footer and the citation. */
import { formatDate } from '$lib/data/formatDate';
import { m } from '$lib/i18n/i18n.svelte';
import enExports from '$lib/i18n/messages/exports/en';
import { cite, type Citations } from './citation';
import type { Table } from './figureRows';
import type { Exporters } from './loadExporters';
import type { Preset, Theme } from './standaloneSvg';

/** One exportable view: its files' name, its title, and what it exports. */
export interface Exportable {
	/** The start of the files' names, e.g. "untoc-timeline". */
	name: string;
	/** The view's title, as the citation and the file give it. */
	title: string;
	/**
	 * The figure as a standalone SVG, made with the export code the menu loaded when it opened; absent
	 * for a table, which has no image.
	 */
	svg?: (x: Exporters, preset: Preset, theme: Theme) => string;
	/** The rows behind the figure or table, made with the export code. */
	table: (x: Exporters) => Table;
}

export interface ExportInfo {
	/** The active filters and window, in words: the print-out's line and the citations' context. */
	subtitle: string;
	/** The active filters without the window, in words ("" for none): a figure's title gives its window. */
	filters: string;
	/** Each shown instrument's count on the as-of date, in words, when one is set; else null. */
	asOf: string | null;
	/** The footer lines for a figure of this title: sources, permalink, as-of date, export date, citation. */
	footer: (title: string) => string[];
	/** The view cited three ways, under this title. */
	cite: (title: string) => Citations;
}

/** What the page tells its exports; each function is read when an export is made. */
export interface PageText {
	subtitle: () => string;
	filters: () => string;
	asOf: () => string | null;
	/** The dataset's as-of date, YYYY-MM-DD. */
	dataAsOf: string;
	/** The view's public address (see permalink.ts), or null when it has none. */
	permalink: () => string | null;
	/** Today, YYYY-MM-DD (UTC). */
	today?: () => string;
}

/**
 * What every exported figure says of its sources: the kinds of record behind the dataset. In English;
 * a figure's footer gives it in the interface's language (`m.exports.sources`).
 */
export const SOURCES_LINE: string = enExports.sources;

/**
 * exportInfo(page): the page's ExportInfo, read when an export is made, so the file states the view as
 * it is at that moment.
 */
export function exportInfo(page: PageText): ExportInfo {
	const today = page.today ?? (() => new Date().toISOString().slice(0, 10));
	const dataAsOf = page.dataAsOf;
	const citeView = (title: string) =>
		cite({ title, permalink: page.permalink() ?? '', dataAsOf, accessed: today() });
	return {
		get subtitle() {
			return page.subtitle();
		},
		get filters() {
			return page.filters();
		},
		get asOf() {
			return page.asOf();
		},
		footer: (title) => {
			const link = page.permalink();
			const t = m.exports;
			return [
				t.sources,
				...(link ? [t.view(link)] : []),
				t.dates(formatDate(dataAsOf), formatDate(today())),
				t.citeLine(citeView(title).apa)
			];
		},
		cite: citeView
	};
}
