// The presenter view of a tour of the presenter's own loads what the tour itself does.
export { load } from '../present/+page';
