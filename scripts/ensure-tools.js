#!/usr/bin/env node
// Makes sure the export tests have the renderers they compare exports in: librsvg's `rsvg-convert`
// (Debian librsvg2-bin) and ImageMagick's `convert` (Debian imagemagick), with the Noto fonts the
// exports name (fonts-noto-core, fonts-noto-cjk). Installs what is missing when the machine allows it
// (root, or password-less sudo, with apt-get); otherwise it says what is missing and the tests skip
// only the comparisons that need it, each naming its package. It never fails the run.
import { execSync } from 'node:child_process';
import { aptInstall, aptPrefix } from './apt.js';

const has = (cmd) => {
	try {
		execSync(cmd, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};
const NEEDS = [
	{
		pkg: 'librsvg2-bin',
		what: 'rsvg-convert',
		found: () => has('command -v rsvg-convert'),
		then: 'the export tests skip their librsvg comparisons'
	},
	{
		pkg: 'imagemagick',
		what: 'convert',
		found: () => has('command -v convert'),
		then: 'the export tests skip their ImageMagick comparisons'
	},
	{
		pkg: 'fonts-noto-core',
		what: 'Noto Sans',
		found: () => has('fc-list | grep -q "Noto Sans"'),
		then: 'exports are drawn in the fonts before it in their stack'
	},
	{
		pkg: 'fonts-noto-cjk',
		what: 'Noto Sans CJK',
		found: () => has('fc-list | grep -q "Noto Sans CJK"'),
		then: 'CJK names in exports may draw as boxes'
	}
];

let missing = NEEDS.filter((n) => !n.found());
if (missing.length === 0) {
	console.log(`ensure-tools: ${NEEDS.map((n) => n.what).join(', ')} found`);
	process.exit(0);
}
const prefix = aptPrefix();
if (prefix !== null) {
	console.log(`ensure-tools: installing ${missing.map((n) => n.pkg).join(' ')}...`);
	try {
		aptInstall(
			prefix,
			missing.map((n) => n.pkg)
		);
	} catch (e) {
		console.error(`ensure-tools: apt-get failed: ${e instanceof Error ? e.message : e}`);
	}
	missing = missing.filter((n) => !n.found());
}
for (const n of missing) {
	console.warn(
		`ensure-tools: ${n.what} not found and not installed (Debian package ${n.pkg}): ${n.then}. ` +
			`To fix: sudo apt-get install -y ${n.pkg}`
	);
}
