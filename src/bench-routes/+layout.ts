export { prerender, trailingSlash } from '../routes/+layout';
// Every benchmark page draws the dataset, as the home page does, so the frame loads it for all of them.
export { load } from '../routes/+page';
