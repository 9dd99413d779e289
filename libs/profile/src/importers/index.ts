import { ImportOptions, ImporterRegistry } from '../registry';
import type { Profile } from '../model';
import { pprofImporter } from './pprof';
import { jfrImporter } from './jfr';
import { cpuprofileImporter } from './cpuprofile';
import { speedscopeImporter } from './speedscope';
import { chromeTraceImporter } from './chrome-trace';
import { perfScriptImporter } from './perf-script';
import { collapsedImporter } from './collapsed';

/**
 * Every format hotpath reads. Order matters only among importers whose
 * sniff accepts the same bytes: binary first, then JSON, then plain text.
 */
export const defaultRegistry = new ImporterRegistry()
  .register(pprofImporter)
  .register(jfrImporter)
  .register(cpuprofileImporter)
  .register(speedscopeImporter)
  .register(chromeTraceImporter)
  .register(perfScriptImporter)
  .register(collapsedImporter);

export function importProfile(bytes: Uint8Array, options?: ImportOptions): Profile {
  return defaultRegistry.import(bytes, options);
}
