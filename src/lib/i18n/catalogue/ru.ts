/** The ru catalogue: loaded on its own, only when the interface is in this language. */
import type { Messages } from './en';
import frame from '../messages/frame/ru';
import timeline from '../messages/timeline/ru';
import chart from '../messages/chart/ru';
import map from '../messages/map/ru';
import tables from '../messages/tables/ru';
import present from '../messages/present/ru';
import exports from '../messages/exports/ru';

export default { frame, timeline, chart, map, tables, present, exports } satisfies Messages;
