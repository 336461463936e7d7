// Loads one of the app's TypeScript modules in Node through Vite's module runner, for the scripts that
// reuse the app's code (the benchmarks). No app configuration is loaded, so only modules that need no
// Svelte compiler work (src/lib/data, the plain parts of src/lib/state, tests/fixtures); `$lib` resolves
// as it does in the app.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const root = resolve(fileURLToPath(import.meta.url), '../..');

/** importTs('src/lib/data/calendarDate.ts'): that module's exports. */
export async function importTs(path) {
	const { module } = await runnerImport(resolve(root, path), {
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: resolve(root, 'src/lib') } }
	});
	return module;
}
