/**
 * The project's settings that the app reads, each set once. `PUBLIC_ORIGIN` is the site's public
 * address, the `homepage` field of package.json: every export and citation links there, so a link made
 * from the offline pack (file://) or a local copy still leads readers to the public site. Empty, a
 * served page links to its own origin and the offline pack to none.
 */
import { homepage } from '../../package.json';

export const PUBLIC_ORIGIN: string = (homepage ?? '').replace(/\/+$/, '');
