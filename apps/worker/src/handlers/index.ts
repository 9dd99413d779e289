import { HandlerRegistry } from '../registry';
import { analyzeHandler, type AnalyzeDeps } from './analyze';

/** Every job type the worker knows, with its handler. */
export function createRegistry(deps: AnalyzeDeps): HandlerRegistry {
  return new HandlerRegistry().register('analyze', analyzeHandler(deps));
}

export { analyzeHandler };
export type { AnalyzeDeps };
