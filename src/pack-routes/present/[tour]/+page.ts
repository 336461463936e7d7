export { load } from '../../../routes/present/[tour]/+page';
