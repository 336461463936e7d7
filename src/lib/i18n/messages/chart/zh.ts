import type en from './en';

export default {} satisfies typeof en;
