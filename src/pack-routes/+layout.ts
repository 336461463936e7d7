export { load } from '../routes/+layout';
