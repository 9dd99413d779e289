import { Profile, ProfileBuilder } from '@hotpath/profile';
import { parse as parseYaml } from 'yaml';
import { InlineSource } from './source';

/**
 * A rule fixture: a small profile written by hand, with the real frame names
 * of the runtime it stands for. Frames are root first, each either
 * `name @ file:line` or `name`:
 *
 *   sampleType: cpu/nanoseconds      # default
 *   durationNanos: 10000000000       # optional
 *   stacks:
 *     - weight: 30
 *       frames:
 *         - main @ /srv/app/server.js:10
 *         - handleUpload @ /srv/app/src/upload.js:18
 *   sources:                         # optional: file name → text
 *     /srv/app/src/upload.js: |
 *       …
 */
export interface FixtureSpec {
  sampleType?: string;
  durationNanos?: number;
  stacks: { weight: number; frames: string[] }[];
  /** Source files by the names the frames use, for rules that read source. */
  sources?: Record<string, string>;
}

export class FixtureError extends Error {}

/** The source files a fixture carries, if any. */
export function fixtureSource(text: string): InlineSource | undefined {
  const spec = parseYaml(text) as FixtureSpec;
  return spec?.sources ? new InlineSource(spec.sources) : undefined;
}

export function parseFixture(text: string, file: string): Profile {
  const spec = parseYaml(text) as FixtureSpec;
  if (!spec || !Array.isArray(spec.stacks) || spec.stacks.length === 0) {
    throw new FixtureError(`${file}: a fixture needs a non-empty "stacks" list`);
  }
  const [type, unit] = (spec.sampleType ?? 'cpu/nanoseconds').split('/');
  const b = new ProfileBuilder('fixture', [{ type, unit: unit ?? 'count' }], undefined, {
    defaultSampleType: 0,
    durationNanos: spec.durationNanos ?? 0,
  });
  spec.stacks.forEach((s, i) => {
    if (!(typeof s.weight === 'number') || !Array.isArray(s.frames) || s.frames.length === 0) {
      throw new FixtureError(`${file}: stack ${i + 1} needs a numeric weight and frames`);
    }
    const leafFirst = s.frames.map((f) => b.frame(parseFrame(String(f)))).reverse();
    b.addSample(leafFirst, [s.weight]);
  });
  return b.build();
}

function parseFrame(text: string): { name: string; file?: string; line?: number } {
  const at = text.lastIndexOf(' @ ');
  if (at < 0) return { name: text.trim() };
  const name = text.slice(0, at).trim();
  const where = text.slice(at + 3).trim();
  const m = /^(.*?):(\d+)$/.exec(where);
  return m ? { name, file: m[1], line: Number(m[2]) } : { name, file: where };
}
