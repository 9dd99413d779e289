import { ImportOptions, ImporterRegistry } from '../registry';
import type { Profile } from '../model';
import { pprofImporter } from './pprof';

/**
 * Every format hotpath reads. Order matters only among importers whose
 * sniff accepts the same bytes: binary first, then JSON, then plain text.
 */
export const defaultRegistry = new ImporterRegistry().register(pprofImporter);

export function importProfile(bytes: Uint8Array, options?: ImportOptions): Profile {
  return defaultRegistry.import(bytes, options);
}
