/**
 * Loads the map's geometry when the map is first shown, never with the page: the atlas (world-atlas's
 * countries-110m.json, Natural Earth 1:110m) and the code that projects it are their own chunks, outside
 * the first paint. Loaded once per page; every map on it (the live one, an export, a stage) shares it.
 */
import type { Topology } from 'topojson-specification';
import type { AtlasCountry } from './worldScene';

export interface WorldAtlas {
	countries: AtlasCountry[];
	scene: typeof import('./worldScene').mapScene;
}

let loading: Promise<WorldAtlas> | undefined;

/** loadWorldAtlas(): the atlas's countries and the scene maker, loaded on the first call. */
export function loadWorldAtlas(): Promise<WorldAtlas> {
	loading ??= Promise.all([import('world-atlas/countries-110m.json'), import('./worldScene')]).then(
		([atlas, scene]) => ({
			countries: scene.atlasCountries(atlas.default as unknown as Topology),
			scene: scene.mapScene
		}),
		// A failed load (the network gone) is not kept: the next map to ask tries again.
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
