import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	keepBadEscapes,
	malformedEscapes,
	MALFORMED,
	packHash,
	withMalformed
} from './readableAddress';

/**
 * What SvelteKit's hash router does to the pack's hash (client.js: decode_hash, get_url_path,
 * decode_params, get_id): decode it once and keep that as the address, decode its path again to match
 * the route and once more for the route's parameters, and decode an anchor after a second `#`.
 */
function kitReadsHash(hash: string): { address: string; path: string; anchor: string } {
	const address = decodeURIComponent(hash);
	const path = address.replace(/^#/, '').replace(/[?#].+/, '');
	const [, , anchor = ''] = address.split('#', 3);
	return {
		address,
		path: decodeURIComponent(path.split('%25').map(decodeURI).join('%25')),
		anchor: decodeURIComponent(anchor)
	};
}

describe('keepBadEscapes', () => {
	it.each([
		['', ''],
		['from=1998&to=2004', 'from=1998&to=2004'],
		['from=%zz', 'from=%25zz'],
		['x=%', 'x=%25'],
		['x=%4', 'x=%254'],
		['q=%E0%A4%A', 'q=%25E0%25A4%25A'],
		// A whole UTF-8 sequence is kept; one cut short is not.
		['q=caf%C3%A9', 'q=caf%C3%A9'],
		['q=caf%C3', 'q=caf%25C3'],
		['q=%C3%A9%C3', 'q=%C3%A9%25C3'],
		// A continuation byte with no lead, an overlong lead, a surrogate half.
		['q=%A9', 'q=%25A9'],
		['q=%C0%80', 'q=%25C0%2580'],
		['q=%ED%A0%80', 'q=%25ED%25A0%2580'],
		['q=%F0%9F%98%80', 'q=%F0%9F%98%80'],
		['q=%25zz', 'q=%25zz'],
		['/present/%E0%A4%A', '/present/%25E0%25A4%25A']
	])('keepBadEscapes(%j) is %j', (input, expected) => {
		expect(keepBadEscapes(input)).toBe(expected);
	});

	it('keepBadEscapes(s) always decodes, to s itself wherever s decoded, and is idempotent', () => {
		const chars = fc.constantFrom('%', 'a', 'F', '0', '9', 'E', 'C', '2', '5', 'é', '/', '?', '=');
		fc.assert(
			fc.property(fc.array(chars, { maxLength: 24 }), (parts) => {
				const s = parts.join('');
				const kept = keepBadEscapes(s);
				expect(() => decodeURIComponent(kept)).not.toThrow();
				expect(keepBadEscapes(kept)).toBe(kept);
				let original: string | null = null;
				try {
					original = decodeURIComponent(s);
				} catch {
					// s itself does not decode: its broken escapes come back as text instead.
				}
				if (original !== null) expect(kept).toBe(s);
			})
		);
	});
});

describe('packHash', () => {
	it.each([
		['#/', '#/', '/'],
		// The query is left as it was given, for readQuery to read and report.
		['#/?from=%zz', '#/?from=%zz', '/'],
		['#/?q=%E0%A4%A', '#/?q=%E0%A4%A', '/'],
		['#/about?x=%', '#/about?x=%', '/about'],
		['#/about#%zz', '#/about#%25zz', '/about'],
		['#/present/%E0%A4%A', '#/present/%25E0%25A4%25A', '/present/%E0%A4%A'],
		['#/present/from-geneva-to-vienna?stop=3', '#/present/from-geneva-to-vienna?stop=3', null],
		// A good escape survives both of the router's decodings as the character it stands for.
		['#/?q=a%26b', '#/?q=a%26b', '/'],
		['#/present/caf%C3%A9', '#/present/caf%C3%A9', '/present/café']
	])(
		'packHash(%j): the router leaves the address at %j and matches the path %j',
		(hash, address, path) => {
			const read = kitReadsHash(packHash(hash));
			expect(read.address).toBe(address);
			expect(read.path).toBe(path ?? hash.slice(1).split('?')[0]);
		}
	);

	it('packHash(hash) never lets the router throw, whatever the hash', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (path, query) => {
				const hash = `#/${path}?${query.replace(/#/g, '')}#${path}`;
				expect(() => kitReadsHash(packHash(hash))).not.toThrow();
			})
		);
	});

	it('packHash(hash) of a hash with no % is the hash itself (no rewrite)', () => {
		expect(packHash('#/present/x?stop=2&theme=light')).toBe('#/present/x?stop=2&theme=light');
	});
});

describe('malformedEscapes', () => {
	it('malformedEscapes(query) reports each parameter with a malformed escape once, as read', () => {
		expect(malformedEscapes('?from=%zz&q=%E0%A4%A&to=2004&from=%&%zz=1')).toEqual([
			{ param: 'from', value: '%zz', reason: MALFORMED },
			{ param: 'q', value: '%E0%A4%A', reason: MALFORMED },
			{ param: '%zz', value: '1', reason: MALFORMED }
		]);
	});

	it('malformedEscapes(query) of a query whose escapes all decode is empty', () => {
		expect(malformedEscapes('q=caf%C3%A9&from=1998&x=%25')).toEqual([]);
	});

	it('withMalformed(ignored, malformed) adds only the parameters not reported already', () => {
		const ignored = [{ param: 'from', value: '%zz', reason: 'not a date' }];
		expect(withMalformed(ignored, malformedEscapes('from=%zz&q=%'))).toEqual([
			...ignored,
			{ param: 'q', value: '%', reason: MALFORMED }
		]);
	});
});
