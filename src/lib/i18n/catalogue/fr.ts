/** The fr catalogue: loaded on its own, only when the interface is in this language. */
import type { Messages } from './en';
import frame from '../messages/frame/fr';
import timeline from '../messages/timeline/fr';
import chart from '../messages/chart/fr';
import map from '../messages/map/fr';
import tables from '../messages/tables/fr';
import present from '../messages/present/fr';
import exports from '../messages/exports/fr';

export default { frame, timeline, chart, map, tables, present, exports } satisfies Messages;
