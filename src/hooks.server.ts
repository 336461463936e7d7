/**
 * While prerendering and in `vite preview`: an unknown page (404) or an address that cannot be read
 * (400) is answered with the error page and not logged as a fault — it is the reader's address, not
 * the app's error; anything else is logged once.
 */
import type { HandleServerError } from '@sveltejs/kit';

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
