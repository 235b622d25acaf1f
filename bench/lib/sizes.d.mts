// Types for bench/lib/sizes.mjs, so the TypeScript unit test can use it.
export declare const KIB: number;
export declare const SIZE_BUDGETS: {
  appJsGzipBytes: number;
  allJsGzipBytes: number;
  basemapGzipBytes: number;
};
export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  maplibre: boolean;
  /** Reached from the page's scripts through static imports alone. */
  firstScreen: boolean;
}
export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}
export declare function gzipBytes(buffer: Uint8Array): number;
export declare function isMapLibreChunk(file: string, text: string): boolean;
export declare function reachableScripts(distDir: string): ScriptSize[];
export declare function jsTotals(scripts: ScriptSize[]): {
  appGzipBytes: number;
  onDemandGzipBytes: number;
  maplibreGzipBytes: number;
  allGzipBytes: number;
};
export declare function basemapFiles(rootDir: string): FileSize[];
export declare function kib(bytes: number): string;
