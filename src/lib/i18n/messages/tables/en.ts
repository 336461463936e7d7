/** The tables area's interface strings, in English: the catalogue every other language follows. */
export default {};
