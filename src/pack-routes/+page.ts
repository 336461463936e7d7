export { load } from '../routes/+page';
