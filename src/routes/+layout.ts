export const prerender = true;
export const trailingSlash = 'never';

// No load here: the dataset is about 70 KB gzipped, so only the pages that draw from it in the browser
// load it (their own +page.ts); the others get what they show from +page.server.ts, when prerendered.
