/**
 * Loads the export code (exporters.ts) as its own chunk on the first call, as the map's geometry is
 * (charts/worldAtlas.ts): once per page, shared by every export menu on it. In the offline pack, which
 * inlines every chunk, the import resolves within the one file.
 */
export type Exporters = typeof import('./exporters');

let loading: Promise<Exporters> | undefined;

/** loadExporters(): the export code, loaded once; a failed load is tried again on the next call. */
export function loadExporters(): Promise<Exporters> {
	loading ??= import('./exporters').catch((e: unknown) => {
		loading = undefined;
		throw e;
	});
	return loading;
}
