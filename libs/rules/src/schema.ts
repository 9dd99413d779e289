import { CATEGORIES } from '@hotpath/report';

/**
 * The schema of a rule file (`rules/<runtime>/<name>/rule.yaml`), owned by
 * the project and checked on load: a rule that does not fit it is refused
 * with the file and the field named.
 */

export const RUNTIMES = ['node', 'java', 'go', 'python', 'dotnet'] as const;
export type Runtime = (typeof RUNTIMES)[number];

/** Kinds of value a rule can judge: time on CPU, elapsed time, allocation, lock waiting, exceptions thrown. */
export const VALUE_KINDS = ['cpu', 'wall', 'alloc', 'lock', 'exception'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** A frame signature: every condition given must hold. */
export interface FrameSignature {
  /** Exact names as profiles write them (after canonical Java naming, see `canonicalName`). */
  name?: string | string[];
  /** A regular expression over the name. */
  nameMatches?: string;
  /** A regular expression over the frame's file or URL. */
  file?: string;
  /** A regular expression over the module: npm or Python package, Java class, Go package. */
  module?: string;
}

export interface RuleSpec {
  id: string;
  title: string;
  category: (typeof CATEGORIES)[number];
  severity: 'high' | 'medium' | 'low';
  runtimes: Runtime[];
  /** The kinds of sample type the rule judges (default cpu and wall). */
  valueKinds?: ValueKind[];
  /** Minimum share of the profile's total before the rule reports anything. */
  threshold: number;
  /** Among rules claiming the same frames, the higher priority claims them (default 0). */
  priority?: number;
  confidence?: number;
  match: {
    /** The expensive frames: the rule's cost is the subtree under the topmost of them. */
    frames?: FrameSignature[];
    /**
     * A call site counts only when this many distinct expensive frames sit beneath it
     * (e.g. V8's `RegExp: <source>` frames: many distinct sources under one caller
     * means patterns built at run time).
     */
    minDistinctFrames?: number;
    /**
     * Work that has no frame of its own (V8 builtins such as JSON.parse or
     * `new Intl.NumberFormat` run as their caller's self time): the rule
     * claims an application frame's self time on lines whose source matches.
     * Needs the source tree (`--source`); without it the rule stays silent.
     * Without `source`, any self time of the application frames named in
     * `functions` is claimed: in a lock or exception profile, an
     * application frame at the leaf is the code that waited or threw.
     */
    self?: { source?: string; functions?: FrameSignature[] };
    /** Report a call site even when the frame it is blamed on is initialisation (a module's top level, `<clinit>`, `init`). */
    atInit?: boolean;
    /** Where they must sit: beneath an application frame (default), or anywhere. */
    within?: 'application' | 'anywhere';
    /** No finding when an ancestor matches one of these (known legitimate callers). */
    notBeneath?: FrameSignature[];
    /** The stack must also contain one of these above the expensive frames. */
    beneath?: FrameSignature[];
    /**
     * When no application frame is above the expensive frames (work run in a
     * promise continuation or a thread pool): `report` still reports the
     * library's own frames as evidence; `drop` (default) ignores them.
     */
    unattributed?: 'report' | 'drop';
    /**
     * Rules whose findings in the same profile name the caller of this
     * rule's unattributed work (the synchronous half of the same pattern):
     * an unattributed finding is then traced to their heaviest call site.
     */
    tracesTo?: string[];
  };
  explanation: string;
  recommendation: string;
  references?: string[];
}

const signature = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] },
    nameMatches: { type: 'string', minLength: 1 },
    file: { type: 'string', minLength: 1 },
    module: { type: 'string', minLength: 1 },
  },
};

export const RULE_SCHEMA = {
  $id: 'https://hotpath.dev/schemas/rule.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'category', 'severity', 'runtimes', 'threshold', 'match', 'explanation', 'recommendation'],
  properties: {
    id: { type: 'string', pattern: '^(node|java|go|python|dotnet)\\.[a-z0-9]+(-[a-z0-9]+)*$' },
    title: { type: 'string', minLength: 5, maxLength: 100 },
    category: { enum: [...CATEGORIES] },
    severity: { enum: ['high', 'medium', 'low'] },
    runtimes: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...RUNTIMES] } },
    valueKinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...VALUE_KINDS] } },
    threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    priority: { type: 'integer' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    match: {
      type: 'object',
      additionalProperties: false,
      anyOf: [{ required: ['frames'] }, { required: ['self'] }],
      properties: {
        frames: { type: 'array', minItems: 1, items: signature },
        minDistinctFrames: { type: 'integer', minimum: 2 },
        self: {
          type: 'object',
          additionalProperties: false,
          anyOf: [{ required: ['source'] }, { required: ['functions'] }],
          properties: { source: { type: 'string', minLength: 1 }, functions: { type: 'array', items: signature } },
        },
        atInit: { type: 'boolean' },
        within: { enum: ['application', 'anywhere'] },
        notBeneath: { type: 'array', items: signature },
        beneath: { type: 'array', minItems: 1, items: signature },
        unattributed: { enum: ['report', 'drop'] },
        tracesTo: { type: 'array', minItems: 1, items: { type: 'string' } },
      },
    },
    explanation: { type: 'string', minLength: 20 },
    recommendation: { type: 'string', minLength: 10 },
    references: { type: 'array', items: { type: 'string', pattern: '^https?://' } },
  },
} as const;
