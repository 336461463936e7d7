// Hostile addresses for tests/e2e/fuzz.spec.ts, made from a seed so that every run tries the same
// ones: every route of src/routes, every URL parameter of the README's table (and the presentation's
// stop and theme), with markup, javascript: and data: URLs, malformed % escapes, values of 100,000
// characters and repeated parameters. Each address says what the page must show for it: which
// parameters its notice must name (none: no notice), or that it is a page-not-found.
import { seededRandom } from '../../src/lib/data/seededRandom';

/** The README's URL parameters (the dashboard's public interface), with one value each it accepts. */
export const HOME_PARAMS: Record<string, string> = {
	from: '1998',
	to: '2004-06',
	categories: 'negotiation,cop',
	instruments: 'TIP',
	q: 'palermo',
	event: 'cop-1',
	measure: 'in-force',
	asof: '2005-03-04',
	party: 'ITA',
	groups: 'AFR,WEOG',
	cop: '4',
	joined: 'window'
};
/** The presentation's parameters, with one value each it accepts. */
export const STOP_PARAMS: Record<string, string> = { stop: '3', theme: 'light' };

export const TOUR = 'from-geneva-to-vienna';
/** The id of the presenter's own tour the fuzz puts in localStorage first. */
export const LOCAL_TOUR = 'fuzz-tour';

/** Every payload sets window.__pwned (or opens a dialog) if it ever runs. */
const PAYLOADS = [
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload="window.__pwned=1">',
	'</script><script>window.__pwned=1</script>',
	'<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
	"{@html '<img src=x onerror=window.__pwned=1>'}",
	'javascript:window.__pwned=1',
	' JaVaScRiPt:alert(1)//',
	'data:text/html,<script>window.__pwned=1</script>',
	"';window.__pwned=1;//",
	'${window.__pwned=1}',
	'<a href="javascript:window.__pwned=1">x</a>',
	'<style>*{display:none}</style>'
];
/** Written into the address as they are, so they stay malformed. */
const MALFORMED = [
	'%',
	'%zz',
	'%E0%A4%A',
	'%C3',
	'100%',
	'%%41',
	'%ED%A0%80',
	'%uD800',
	'%2',
	'a%'
];
const HUGE = 100_000;
/** Parameter names no page reads. */
const STRANGERS = ['zzz', 'x', 'utm_source', 'tour', 'page', 'onload'];

export type ValueKind = 'valid' | 'payload' | 'malformed' | 'huge' | 'repeated';

/** The kinds of routes: those of src/routes, a hostile hash, and unknown paths. */
export type RouteKind =
	| '/'
	| '/about'
	| '/present'
	| '/tours'
	| '/present/[tour]'
	| '/present/[tour]/presenter'
	| '/tours/present'
	| '/tours/presenter'
	| 'hash'
	| 'unknown';

export interface FuzzAddress {
	route: RouteKind;
	/** The address on the served site: path, query and hash. */
	site: string;
	/** The offline pack's hash. */
	pack: string;
	/** The parameters the notice must name; [] for none (no notice); null: not a page that reads it. */
	notice: string[] | null;
	/** The kinds of value the address holds, for the coverage check. */
	kinds: ValueKind[];
	/** The parameters it holds, for the coverage check. */
	params: string[];
}

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
	list[Math.floor(rnd() * list.length)] as T;

/** A payload written into the address encoded, or as typed (the browser escapes what it must). */
function payload(rnd: () => number): string {
	const p = pick(rnd, PAYLOADS);
	return rnd() < 0.5 ? encodeURIComponent(p) : p.replace(/[&#%+]/g, encodeURIComponent);
}

function huge(rnd: () => number): string {
	const unit = pick(rnd, ['x', 'é', PAYLOADS[0] as string, '%zz']);
	const s = unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);
	return unit === '%zz' ? s : encodeURIComponent(s);
}

interface Param {
	name: string;
	raw: string;
	kind: ValueKind;
}

/**
 * One parameter for a page whose parameters are `own` (valid values given): a hostile value, a
 * valid one (rarely), or a parameter the page does not read.
 */
function param(rnd: () => number, own: Record<string, string>): Param {
	const names = Object.keys(own);
	// Another page's parameters, and names no page reads, are strangers here.
	const strangers = [...Object.keys(HOME_PARAMS), ...Object.keys(STOP_PARAMS), ...STRANGERS].filter(
		(n) => !(n in own)
	);
	const name = names.length === 0 || rnd() < 0.15 ? pick(rnd, strangers) : pick(rnd, names);
	const r = rnd();
	const kind: ValueKind =
		r < 0.15 && name in own ? 'valid' : r < 0.6 ? 'payload' : r < 0.93 ? 'malformed' : 'huge';
	const raw =
		kind === 'valid'
			? encodeURIComponent(own[name] as string)
			: kind === 'payload'
				? payload(rnd)
				: kind === 'malformed'
					? pick(rnd, MALFORMED)
					: huge(rnd);
	return { name, raw, kind };
}

/** Does the page report this parameter? Only a good value of its own parameters, or search text. */
function reported(p: Param, own: Record<string, string>, repeated: boolean): boolean {
	if (repeated || !(p.name in own) || p.kind === 'malformed' || p.kind === 'huge') return true;
	// Markup or a javascript: URL is only text to search for; for any other parameter it is garbage.
	return p.kind === 'payload' ? p.name !== 'q' : false;
}

function query(rnd: () => number, own: Record<string, string>, min: number, max: number) {
	const n = min + Math.floor(rnd() * (max - min + 1));
	const params: Param[] = [];
	for (let i = 0; i < n; i++) {
		const p = param(rnd, own);
		if (!params.some((q) => q.name === p.name)) params.push(p);
	}
	// A valid value of one parameter stands beside a bad value of another: only the bad is reported.
	if (rnd() < 0.35) {
		const dup = pick(rnd, params);
		params.push({ ...dup, raw: rnd() < 0.5 ? dup.raw : payload(rnd), kind: 'repeated' });
	}
	const notice = new Set<string>();
	for (const p of params) {
		const repeated = params.filter((q) => q.name === p.name).length > 1;
		if (reported(p, own, repeated)) notice.add(p.name);
	}
	return {
		q: params.map((p) => `${p.name}=${p.raw}`).join('&'),
		notice: [...notice],
		kinds: [...new Set(params.map((p) => p.kind))],
		params: [...new Set(params.map((p) => p.name))]
	};
}

/** Where a route's query goes in its address, on the site and in the pack. */
function at(route: RouteKind, q: string): Pick<FuzzAddress, 'site' | 'pack'> {
	const path = route.replace('[tour]', TOUR);
	if (route === '/tours/present' || route === '/tours/presenter')
		return { site: `${path}?${q}#${LOCAL_TOUR}`, pack: `#${path}/${LOCAL_TOUR}?${q}` };
	return { site: `${path}?${q}`, pack: `#${path}?${q}` };
}

/** An address whose every parameter is one the page reads, with a value it accepts. */
function good(rnd: () => number, route: RouteKind, own: Record<string, string>): FuzzAddress {
	const params = Object.keys(own).filter(() => rnd() < 0.5);
	const q = params.map((p) => `${p}=${encodeURIComponent(own[p] as string)}`).join('&');
	return { route, ...at(route, q), notice: [], kinds: ['valid'], params };
}

/** An address at a page of src/routes, with its query. */
function page(rnd: () => number, route: RouteKind): FuzzAddress {
	const own =
		route === '/'
			? HOME_PARAMS
			: route === '/present/[tour]' || route === '/tours/present'
				? STOP_PARAMS
				: {};
	// Now and then every parameter is good, and there must be no notice.
	if (Object.keys(own).length > 0 && rnd() < 0.12) return good(rnd, route, own);
	// The dashboard costs most to load: more parameters in each of its addresses.
	const { q, notice, kinds, params } = query(
		rnd,
		own,
		route === '/' ? 4 : 1,
		route === '/' ? 7 : 3
	);
	return { route, ...at(route, q), notice, kinds, params };
}

/** A path no route has, or a hostile hash: the page says it has nothing there, and never fails. */
function nowhere(rnd: () => number, route: 'unknown' | 'hash'): FuzzAddress {
	const seg = rnd() < 0.5 ? pick(rnd, MALFORMED) : payload(rnd).replace(/[/?]/g, '_');
	const base = { route, notice: null, kinds: ['payload' as const], params: [] };
	if (route === 'hash') {
		return rnd() < 0.5
			? { ...base, site: `/tours/present#${seg}`, pack: `#/tours/present/${seg}` }
			: { ...base, site: `/about#${seg}`, pack: `#/about#${seg}` };
	}
	// (Not `///` before a hostile segment: `vite preview` reads `//x` as a host and answers 500.)
	const path = pick(rnd, [
		`/present/${seg}`,
		`/present/${TOUR}/${seg}`,
		`/${seg}/b/c/d`,
		`///present/${seg}`,
		`/tours/${seg}/x`
	]);
	return { ...base, site: path, pack: `#${path.replace(/^\/+/, '/')}` };
}

/** How many addresses of each kind of route, 150 in all. */
const MIX: [RouteKind, number][] = [
	['/', 10],
	['/present/[tour]', 26],
	['/tours/present', 16],
	['/about', 15],
	['/present', 15],
	['/tours', 15],
	['/present/[tour]/presenter', 12],
	['/tours/presenter', 12],
	['unknown', 19],
	['hash', 10]
];

/** fuzzAddresses(seed): 150 hostile addresses over every route and parameter, shuffled by the seed. */
export function fuzzAddresses(seed: number): FuzzAddress[] {
	const rnd = seededRandom(seed);
	const out: FuzzAddress[] = [];
	for (const [route, n] of MIX)
		for (let i = 0; i < n; i++)
			out.push(route === 'unknown' || route === 'hash' ? nowhere(rnd, route) : page(rnd, route));
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[out[i], out[j]] = [out[j] as FuzzAddress, out[i] as FuzzAddress];
	}
	return out;
}

/** The addresses that blanked the pack, and their twins on the site: each must show a notice. */
export const KNOWN_BAD: FuzzAddress[] = [
	['/?from=%zz', '/', ['from']],
	['/?q=%E0%A4%A', '/', ['q']],
	['/about?x=%', '/about', ['x']],
	[`/present/${TOUR}?stop=%E0%A4%A&theme=%zz`, '/present/[tour]', ['stop', 'theme']]
].map(([address, route, notice]) => ({
	route: route as RouteKind,
	site: address as string,
	pack: `#${address as string}`,
	notice: notice as string[],
	kinds: ['malformed'],
	params: notice as string[]
}));
