/** The zh catalogue: loaded on its own, only when the interface is in this language. */
import type { Messages } from './en';
import frame from '../messages/frame/zh';
import timeline from '../messages/timeline/zh';
import chart from '../messages/chart/zh';
import map from '../messages/map/zh';
import tables from '../messages/tables/zh';
import present from '../messages/present/zh';
import exports from '../messages/exports/zh';

export default { frame, timeline, chart, map, tables, present, exports } satisfies Messages;
