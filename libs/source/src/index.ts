export * from './parser';
export { buildPatch, type PatchRequest, type PatchResult } from './patch';
export * from './errors';
export * from './resolve';
export * from './source-map';
export { locate, locateIn, shortName, type FramePosition, type Located, type LocateRequest } from './locate';
export { locateFindings, type LocateOptions, type LocateOutcome, type LocateStats } from './locate-findings';
export { matchesCategory } from './patterns';
