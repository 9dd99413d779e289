import type { Profile } from '@hotpath/profile';

/** How finely frames are told apart: by function (flame graphs), or by function and line. */
export type Granularity = 'function' | 'line';

export interface Frame {
  readonly functionId: number;
  /** The line executing in this frame; 0 at function granularity. */
  readonly line: number;
}

/**
 * The frames of a profile at one granularity, and for each location its
 * frames from outermost to innermost (a location holds several lines when
 * functions were inlined). Frame ids are 1-based; 0 is the call tree's root.
 */
export class FrameTable {
  readonly frames: Frame[] = [{ functionId: 0, line: 0 }];
  /** Indexed by location id; outermost (caller) first. */
  readonly locationFrames: Uint32Array[];

  constructor(
    readonly profile: Profile,
    readonly granularity: Granularity = 'function',
  ) {
    const index = new Map<number, number>();
    const nFunctions = profile.functions.length + 1;
    this.locationFrames = [new Uint32Array(0)];
    for (const loc of profile.locations) {
      const ids = new Uint32Array(Math.max(loc.lines.length, 1));
      if (loc.lines.length === 0) {
        // A location with no symbol (an address only) is still a frame of its own.
        ids[0] = this.intern(index, -loc.id, 0, nFunctions);
      }
      for (let k = 0; k < loc.lines.length; k++) {
        const l = loc.lines[loc.lines.length - 1 - k];
        const line = granularity === 'line' ? l.line : 0;
        ids[k] = this.intern(index, l.functionId, line, nFunctions);
      }
      this.locationFrames.push(ids);
    }
  }

  get size(): number {
    return this.frames.length;
  }

  /**
   * A dense key for the function of a frame (frames at line granularity
   * share it), in [0, functionKeys): unsymbolised locations get keys of their own.
   */
  functionKey(frameId: number): number {
    const f = this.frames[frameId].functionId;
    return f >= 0 ? f : this.profile.functions.length - f;
  }

  get functionKeys(): number {
    return this.profile.functions.length + this.profile.locations.length + 1;
  }

  private intern(index: Map<number, number>, functionId: number, line: number, nFunctions: number): number {
    const key = line * nFunctions + functionId;
    let id = index.get(key);
    if (id === undefined) {
      id = this.frames.length;
      this.frames.push({ functionId, line });
      index.set(key, id);
    }
    return id;
  }

  /** Function name of a frame, or `0x…` for an unsymbolised location (negative functionId). */
  name(frameId: number): string {
    const f = this.frames[frameId];
    if (frameId === 0) return '(root)';
    if (f.functionId < 0) {
      const loc = this.profile.locations[-f.functionId - 1];
      return loc.address ? `0x${loc.address.toString(16)}` : '(unknown)';
    }
    const fn = this.profile.functions[f.functionId - 1];
    return this.profile.strings[fn.name] || this.profile.strings[fn.systemName] || '(anonymous)';
  }

  file(frameId: number): string {
    const f = this.frames[frameId];
    if (f.functionId <= 0) {
      if (f.functionId === 0) return '';
      const loc = this.profile.locations[-f.functionId - 1];
      return loc.mappingId ? this.profile.strings[this.profile.mappings[loc.mappingId - 1].filename] : '';
    }
    return this.profile.strings[this.profile.functions[f.functionId - 1].filename];
  }

  /** The first line of the frame's function; 0 when unknown. */
  startLine(frameId: number): number {
    const f = this.frames[frameId];
    return f.functionId > 0 ? this.profile.functions[f.functionId - 1].startLine : 0;
  }

  /** The frame's line when known, else its function's first line; 0 when neither is known. */
  line(frameId: number): number {
    const line = this.frames[frameId].line;
    return line > 0 ? line : this.startLine(frameId);
  }
}
