// The on-demand part of the UI: a feature's details (chart, tables, events, articles), the list view for
// browsers that cannot draw the map, and the idle-time panel warm-up. Loaded on first need (src/ui/lazy.ts),
// so the first screen's JS does not grow with what the panels show.
export { FeatureDetails } from './FeatureDetails';
export { ListView } from './ListView';
export { warmPanel } from './warm';
