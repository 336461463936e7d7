/**
 * Before the router reads the address: make every escape in it decodable (a malformed one is kept as
 * text, see $lib/state/readableAddress), so that no address can stop the app from starting. And an
 * unknown page is no fault of the app's: the 404 page says so, with nothing logged (a 4xx is the
 * reader's address); anything else is logged once, as SvelteKit does by default.
 */
import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { base } from '$app/paths';
import { keepBadEscapes, packHash } from '$lib/state/readableAddress';

const PACK = import.meta.env.VITE_UNTOC_PACK === '1';

export const init: ClientInit = () => {
	if (PACK) answerVersionCheck();
	const { pathname, search, hash } = location;
	const next = PACK
		? `${pathname}${search}${packHash(hash)}`
		: `${keepBadEscapes(pathname)}${search}${keepBadEscapes(hash)}`;
	if (next !== `${pathname}${search}${hash}`) history.replaceState(history.state, '', next);
	// The home page's dashboard is most of what a reader waits for: it is requested here, while the
	// router is still loading the page's own code. The page imports the same modules (routes/+page.svelte)
	// and waits on them; a failure is the page's to show, so it is not reported here. It is asked for
	// just after the router has asked for its error page, which the page waits on before it mounts
	// (two microtasks on, when the router has resumed from awaiting this hook): under HTTP/1.1 the
	// browser opens six connections to a server, and the dashboard's chunks asked for first would keep
	// that small request waiting behind them.
	if (!PACK && location.pathname === `${base}/`)
		void Promise.resolve()
			.then(() => {})
			.then(() =>
				Promise.all([import('$lib/views/HomeDashboard.svelte'), import('$lib/data/bundledData')])
			)
			.catch(() => {});
	// A presentation's figures (the timeline, the chart and the map, one chunk outside its first
	// paint) likewise, at the same moment: its first stop waits on them (stageViews.svelte.ts).
	else if (!PACK && PRESENTATION.test(location.pathname.slice(base.length)))
		void Promise.resolve()
			.then(() => {})
			.then(() => import('$lib/views/stageFigures'))
			.catch(() => {});
};

/** The pages that present a tour: a bundled one and its presenter view, a tour of the reader's own. */
const PRESENTATION = /^\/(present\/[^/]+(\/presenter)?|tours\/present(er)?)\/?$/;

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};

/**
 * After showing an error page SvelteKit asks the server for `_app/version.json`, to reload if the app
 * was updated meanwhile. The pack is one file with no such file beside it, and from file:// the request
 * fails with a CORS error in the console; it is answered here as a server without the file would.
 */
function answerVersionCheck() {
	const fetch = window.fetch.bind(window);
	window.fetch = (input, init) =>
		typeof input === 'string' && input.endsWith('/_app/version.json')
			? Promise.resolve(new Response(null, { status: 404 }))
			: fetch(input, init);
}
