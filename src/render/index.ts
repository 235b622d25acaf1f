// The SVG map renderer's public surface: pure functions from the app's state to an SVG document string.
export {
  LEGEND_KEYS,
  type LegendBandInput,
  type LegendKey,
  type LegendLabels,
  renderLegendSvg,
} from './legend';
export {
  type Basemap,
  type CameraInput,
  type RenderMapOptions,
  renderMapSvg,
  resolveCamera,
} from './map-svg';
export {
  type BoundsLike,
  type Camera,
  type CameraLimits,
  constrainCamera,
  fitBounds,
  type LngLat,
  type Padding,
  type Point,
  project,
  TILE_SIZE,
  unproject,
  viewport,
  worldSize,
} from './projection';
export { escapeXml } from './svg';
