/** The ar catalogue: loaded on its own, only when the interface is in this language. */
import type { Messages } from './en';
import frame from '../messages/frame/ar';
import timeline from '../messages/timeline/ar';
import chart from '../messages/chart/ar';
import map from '../messages/map/ar';
import tables from '../messages/tables/ar';
import present from '../messages/present/ar';
import exports from '../messages/exports/ar';

export default { frame, timeline, chart, map, tables, present, exports } satisfies Messages;
