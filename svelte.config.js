import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// UNTOC_PACK=1 builds the offline pack: one HTML file with every script, style and the data inline,
// routed by the URL's hash so that it works when opened from a USB stick (file://).
const pack = process.env.UNTOC_PACK === '1';
// Hand-made records and synthetic data for tests and benchmarks; never imported by the app.
const alias = { $fixtures: 'tests/fixtures' };

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: pack
		? {
				alias,
				adapter: adapter({ pages: 'pack/build', assets: 'pack/build', fallback: 'index.html' }),
				router: { type: 'hash' },
				output: { bundleStrategy: 'inline' },
				files: { routes: 'src/pack-routes' },
				outDir: '.svelte-kit-pack'
			}
		: {
				alias,
				// Every route is prerendered; 404.html is the fallback a static host serves for unknown paths.
				adapter: adapter({ fallback: '404.html', strict: true }),
				prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
			}
};

export default config;
