export { load } from '../../../../routes/tours/present/+page';
