import type { FrameSignature, RuleSpec, ValueKind } from './schema';

/** A frame signature with its regular expressions compiled once. */
export class Signature {
  private readonly names: Set<string> | null;
  private readonly nameMatches: RegExp | null;
  private readonly file: RegExp | null;
  private readonly module: RegExp | null;

  constructor(spec: FrameSignature) {
    this.names = spec.name === undefined ? null : new Set(Array.isArray(spec.name) ? spec.name : [spec.name]);
    this.nameMatches = spec.nameMatches ? new RegExp(spec.nameMatches) : null;
    this.file = spec.file ? new RegExp(spec.file) : null;
    this.module = spec.module ? new RegExp(spec.module) : null;
  }

  matches(name: string, file: string, module: string): boolean {
    // Cheapest first: a set lookup, then the (usually anchored) file and module patterns.
    return (
      (this.names === null || this.names.has(name)) &&
      (this.file === null || this.file.test(file)) &&
      (this.module === null || this.module.test(module)) &&
      (this.nameMatches === null || this.nameMatches.test(name))
    );
  }
}

/** A loaded, validated rule, ready to match. */
export class Rule {
  readonly frames: Signature[];
  /** Whether the rule claims application self time, and the source predicate it needs (none: any line). */
  readonly claimsSelf: boolean;
  readonly selfSource: RegExp | null;
  readonly selfFunctions: Signature[];
  readonly notBeneath: Signature[];
  readonly beneath: Signature[];
  readonly valueKinds: ReadonlySet<ValueKind>;
  readonly priority: number;
  readonly confidence: number;

  constructor(
    readonly spec: RuleSpec,
    /** The folder the rule came from, for fixtures and docs; empty for rules built in code. */
    readonly dir = '',
  ) {
    this.frames = (spec.match.frames ?? []).map((s) => new Signature(s));
    this.claimsSelf = spec.match.self !== undefined;
    this.selfSource = spec.match.self?.source ? new RegExp(spec.match.self.source) : null;
    this.selfFunctions = (spec.match.self?.functions ?? []).map((s) => new Signature(s));
    this.notBeneath = (spec.match.notBeneath ?? []).map((s) => new Signature(s));
    this.beneath = (spec.match.beneath ?? []).map((s) => new Signature(s));
    this.valueKinds = new Set(spec.valueKinds ?? ['cpu', 'wall']);
    this.priority = spec.priority ?? 0;
    this.confidence = spec.confidence ?? 0.95;
  }

  get id(): string {
    return this.spec.id;
  }
}
