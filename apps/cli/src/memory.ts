import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * Collects garbage now. After a large profile is decoded, its input bytes
 * (often hundreds of MB) are garbage, but V8 frees an external buffer only at
 * its next full collection, which may come after the call tree has been
 * built on top of it. Collecting between the two keeps peak memory near the
 * size of the profile rather than input plus tree. Worth it only for large
 * inputs: a full collection costs a few milliseconds.
 */
export function releaseMemory(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
