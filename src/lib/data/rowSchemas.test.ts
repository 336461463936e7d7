import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TreatyActionRowSchema } from './rowSchemas';

const untc =
	'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en';
const scrape =
	'https://github.com/zmjones/untreaties/blob/65551eafcd1571592720b3b660360d1e8c82f986/treaties/18-12-a.csv';
const row = (fields: Record<string, string | null> = {}) => ({
	participant: 'ALB',
	instrument: 'TIP',
	signature_date: '2000-12-12',
	consent_kind: 'ratification',
	consent_date: '2002-08-21',
	date_earliest: null,
	date_latest: null,
	source_title:
		'UN Treaty Collection, status of the Trafficking in Persons Protocol (chapter XVIII, XVIII-12-a)',
	source_url: untc,
	provenance_title: 'UN Treaty Collection scrape (GitHub zmjones/untreaties, treaties/18-12-a.csv)',
	provenance_url: scrape,
	note: null,
	...fields
});

describe('TreatyActionRowSchema', () => {
	it('TreatyActionRowSchema keeps the primary source and the provenance apart, and joins them primary first in source', () => {
		const r = v.parse(TreatyActionRowSchema, row());
		expect(r.sourceUrl).toBe(untc);
		expect(r.provenanceUrl).toBe(scrape);
		expect(r.source).toBe(
			`UN Treaty Collection, status of the Trafficking in Persons Protocol (chapter XVIII, XVIII-12-a), ${untc}; provenance: UN Treaty Collection scrape (GitHub zmjones/untreaties, treaties/18-12-a.csv), ${scrape}`
		);
	});
	it('TreatyActionRowSchema does not repeat a provenance URL its title already holds', () => {
		const title = `Austrian BGBl. III Nr. 4/2015, https://360.lexisnexis.at/d/x ("Albanien")`;
		const r = v.parse(
			TreatyActionRowSchema,
			row({ provenance_title: title, provenance_url: 'https://360.lexisnexis.at/d/x' })
		);
		expect(r.source.endsWith(`; provenance: ${title}`)).toBe(true);
	});
	it.each([
		['source_url', 'treaties.un.org/Pages/ViewDetails.aspx'],
		['provenance_url', 'see the 2014 scrape'],
		['source_title', ''],
		['provenance_title', '']
	])('TreatyActionRowSchema refuses %s = %j', (field, value) => {
		expect(v.safeParse(TreatyActionRowSchema, row({ [field]: value })).success).toBe(false);
	});
});
