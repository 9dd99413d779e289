export * from './model';
export * from './errors';
export * from './limits';
export * from './builder';
export * from './check';
export * from './importer';
export * from './registry';
export { decodeText, decompress, isGzip } from './input';
export { defaultRegistry, importProfile } from './importers';
