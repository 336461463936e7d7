import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Hand-made records and synthetic data for tests and benchmarks; never imported by the app.
const alias = { $fixtures: 'tests/fixtures' };

/** @type {Record<string, import('@sveltejs/kit').KitConfig>} */
const builds = {
	// The site: every route is prerendered; 404.html is the fallback a static host serves for unknown paths.
	app: {
		alias,
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	},
	// UNTOC_PACK=1 builds the offline pack: one HTML file with every script, style and the data inline,
	// routed by the URL's hash so that it works when opened from a USB stick (file://).
	pack: {
		alias,
		adapter: adapter({ pages: 'pack/build', assets: 'pack/build', fallback: 'index.html' }),
		router: { type: 'hash' },
		output: { bundleStrategy: 'inline' },
		files: { routes: 'src/pack-routes' },
		outDir: '.svelte-kit-pack'
	},
	// UNTOC_BENCH=1 builds the pages `npm run bench` measures, so they never ship with the site. Only the
	// listed pages are prerendered: the frame's navigation links to pages this build leaves out.
	bench: {
		alias,
		adapter: adapter({ pages: 'bench/build', assets: 'bench/build', strict: true }),
		files: { routes: 'src/bench-routes' },
		outDir: '.svelte-kit-bench',
		prerender: { crawl: false, entries: ['/', '/bench', '/bench/dashboard'] }
	}
};
const build =
	process.env.UNTOC_PACK === '1' ? 'pack' : process.env.UNTOC_BENCH === '1' ? 'bench' : 'app';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: builds[build]
};

export default config;
