export { load } from '../../../../routes/present/[tour]/presenter/+page';
