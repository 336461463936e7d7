import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Hand-made records and synthetic data for tests and benchmarks; never imported by the app.
const alias = { $fixtures: 'tests/fixtures' };

/**
 * The content policy of every page, as a <meta http-equiv> in each prerendered page and in the pack:
 * scripts only from the app itself plus the inline ones SvelteKit writes, by their SHA-256 (it adds
 * the hashes); nothing fetched, framed, posted or based anywhere else. Exports need data: and blob:
 * images (an SVG drawn into a canvas for a PNG, a download's temporary link). Style attributes stay
 * allowed (style-src-attr 'unsafe-inline'): prerendered markup carries them (style: directives, the
 * layout's CSS custom properties, LayerCake's containers), and a blocked one would be missing after
 * hydration, which only sets what differs. An attribute cannot run script, and data never reaches
 * markup ({@html} is not used), so they are no way in. Style elements are 'self' plus Kit's hashes.
 */
const csp = {
	mode: /** @type {const} */ ('hash'),
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self', 'data:'],
		'connect-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['none'],
		'form-action': ['none']
	}
};

/** @type {Record<string, import('@sveltejs/kit').KitConfig>} */
const builds = {
	// The site: every route is prerendered; 404.html is the fallback a static host serves for unknown paths.
	app: {
		alias,
		adapter: adapter({ fallback: '404.html', strict: true }),
		csp,
		// Assets by absolute path, so a page served at any depth (404.html at /a/b/c, ///x) finds them.
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	},
	// UNTOC_PACK=1 builds the offline pack: one HTML file with every script, style and the data inline,
	// routed by the URL's hash so that it works when opened from a USB stick (file://).
	pack: {
		alias,
		adapter: adapter({ pages: 'pack/build', assets: 'pack/build', fallback: 'index.html' }),
		router: { type: 'hash' },
		csp,
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
	kit: { inlineStyleThreshold: 64 * 1024, ...builds[build] }
};

export default config;
