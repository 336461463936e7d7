// Installing a Debian package for the tests, where the machine allows it: root, or password-less sudo,
// with apt-get. Shared by ensure-chromium.js and ensure-tools.js.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The command prefix that runs apt-get here ('' as root, 'sudo -n '), or null where none can. */
export function aptPrefix() {
	if (!existsSync('/usr/bin/apt-get')) return null;
	if (typeof process.getuid === 'function' && process.getuid() === 0) return '';
	try {
		execSync('sudo -n true', { stdio: 'ignore' });
		return 'sudo -n ';
	} catch {
		return null;
	}
}

/** aptInstall(prefix, packages): apt-get update, then install the packages; throws on failure. */
export function aptInstall(prefix, packages) {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execSync(`${prefix}apt-get update -qq`, { stdio: 'inherit', env });
	execSync(`${prefix}apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit', env });
}
