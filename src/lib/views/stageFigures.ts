/**
 * The stage's heavy figures, one chunk loaded after the presentation's first paint (stageViews): the
 * timeline, the growth chart and the world map, with their d3 and LayerCake code. One entry rather than
 * three, so that the home dashboard, which draws the same chart and map, shares them as before instead
 * of being split into many small chunks.
 */
export { default as StageTimeline } from './StageTimeline.svelte';
export { default as RatificationChart } from './RatificationChart.svelte';
export { default as WorldMap } from './WorldMap.svelte';
