/**
 * Everything that makes an export file, in one module that the page loads only when an export menu
 * first opens (loadExporters.ts), never with the first paint: the standalone SVG and the styles it
 * inlines, the PNG, each figure's words, the CSV rows and the file itself. A view hands its export menu
 * functions that receive this module, so no view imports it.
 */
export { toCsv } from '$lib/data/csv';
export { download } from './download';
export { chartTable, eventsTable, participantsTable, sessionsTable } from './figureRows';
export { chartFigureText, timelineFigureText } from './figureText';
export { mapFigureText, mapTable } from './mapExport';
export { rasterize } from './rasterize';
export { standaloneSvg } from './standaloneSvg';
