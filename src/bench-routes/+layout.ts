export { prerender, trailingSlash } from '../routes/+layout';
