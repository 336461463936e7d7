export { load } from '../routes/+page.server';
