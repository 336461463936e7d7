import { describe, expect, it } from 'vitest';
import { permalink } from './permalink';

const PUBLIC = 'https://untoc.example.org';

describe('permalink', () => {
	it.each([
		['a served view', 'http://localhost:4173/?from=1994&to=2006', `${PUBLIC}/?from=1994&to=2006`],
		['a served tour stop', 'http://localhost:4173/present/x?stop=3', `${PUBLIC}/present/x?stop=3`],
		[
			'the offline pack, route and query in the hash',
			'file:///media/usb/untoc-timeline.html#/?from=1994&to=2006',
			`${PUBLIC}/?from=1994&to=2006`
		],
		['the offline pack with no route', 'file:///media/usb/untoc-timeline.html', `${PUBLIC}/`],
		['an anchor that is no route', 'https://a.org/about#sources', `${PUBLIC}/about`]
	])('permalink(origin, href) gives the public address for %s', (_, href, want) => {
		expect(permalink(PUBLIC, href)).toBe(want);
		expect(permalink(`${PUBLIC}/`, href)).toBe(want);
	});
	it("permalink('', href) falls back to the page's own http(s) origin", () => {
		expect(permalink('', 'https://mirror.example.net/?asof=2010-01-01')).toBe(
			'https://mirror.example.net/?asof=2010-01-01'
		);
	});
	it("permalink('', href) gives no address for a file:// page rather than a file: one", () => {
		expect(permalink('', 'file:///home/me/untoc-timeline.html#/?from=1994')).toBeNull();
	});
});
