export { load } from '../../../../routes/tours/presenter/+page';
