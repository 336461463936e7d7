/** The es catalogue: loaded on its own, only when the interface is in this language. */
import type { Messages } from './en';
import frame from '../messages/frame/es';
import timeline from '../messages/timeline/es';
import chart from '../messages/chart/es';
import map from '../messages/map/es';
import tables from '../messages/tables/es';
import present from '../messages/present/es';
import exports from '../messages/exports/es';

export default { frame, timeline, chart, map, tables, present, exports } satisfies Messages;
