/** The English catalogue: every area's messages. Bundled, as the default and the fallback. */
import frame from '../messages/frame/en';
import timeline from '../messages/timeline/en';
import chart from '../messages/chart/en';
import map from '../messages/map/en';
import tables from '../messages/tables/en';
import present from '../messages/present/en';
import exports from '../messages/exports/en';

const en = { frame, timeline, chart, map, tables, present, exports };
export default en;
export type Messages = typeof en;
