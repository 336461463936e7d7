// The presenter view loads the same tour, for the same prerendered entries, as the tour itself.
export { entries, load } from '../+page';
