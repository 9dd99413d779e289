import type { SourceOptions } from './source-links';

/** What every view accepts besides the report: where its source is, for links and snippets. */
export interface RenderOptions {
  source?: SourceOptions;
}
