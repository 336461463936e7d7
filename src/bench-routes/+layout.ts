export { load, prerender, trailingSlash } from '../routes/+layout';
