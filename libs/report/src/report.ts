/**
 * The canonical report (DESIGN.md, "Report JSON"). Every view renders this
 * and nothing else; fields may be added, never renamed or removed.
 */

export const SCHEMA_VERSION = 1;

export const CATEGORIES = [
  'client-construction-in-hot-path',
  'regex-compilation-in-hot-path',
  'serialization-overhead',
  'sync-io-on-request-path',
  'sync-crypto-on-request-path',
  'quadratic-collection-scan',
  'exception-as-control-flow',
  'locale-formatter-construction',
  'logging-overhead',
  'excessive-allocation',
  'lock-contention',
  'reflection-overhead',
  'string-formatting-overhead',
  'connection-without-keepalive',
  'module-loading-in-hot-path',
  'event-loop-blocking',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

export interface StackFrame {
  function: string;
  file: string;
  line: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  detector: 'rule' | 'model';
  confidence: number;
  severity: Severity;
  title: string;
  impact: { share: number; value: number; unit: string };
  /** Evidence, root first. */
  stack: StackFrame[];
  location?: { file: string; line: number; column: number; function: string };
  /**
   * The lines around `location` as the source tree had them when the finding
   * was located (an extension), so that views rendered without the tree (the
   * service's) still show the code.
   */
  snippet?: { startLine: number; lines: string[] };
  /** The application frame the cost is blamed on, as the profile names it (absent when no application frame was on the stack). */
  blame?: StackFrame;
  /**
   * For a finding with no application frame on its stacks (work run in an
   * async continuation): the call site a related finding in the same profile
   * traced the pattern to.
   */
  tracedTo?: StackFrame;
  /** What the finding costs per instance and per month for a fleet, when the value is time. */
  cost?: {
    cpuSecondsPerSecond: number;
    monthly: { fleetSize: number; coreHours: number; usd: number; kWh: number; co2Tonnes: number };
  };
  explanation: string;
  recommendation: string;
  patch?: string;
}

export interface ReportProfile {
  format: string;
  sampleType: string;
  unit: string;
  total: number;
  samples: number;
  durationNanos: number;
  /** Every sample type the input has, as `type/unit` (an extension: pick one with --sample-type). */
  sampleTypes: string[];
  /** What the importer tolerated (skipped lines…). */
  warnings: string[];
}

export interface Hotspot {
  function: string;
  file: string;
  line: number;
  self: number;
  total: number;
}

export interface HotStackEntry {
  share: number;
  value: number;
  stack: StackFrame[];
}

/**
 * One frame of the flame graph: a function (frames of one function on the
 * same path are merged, whatever line they were at; `line` is the heaviest
 * one's) with its self and total values in the profile's unit, children
 * heaviest first. `(other)` stands for what the bound cut away.
 */
export interface FlameGraphNode {
  name: string;
  file: string;
  line: number;
  self: number;
  total: number;
  children: FlameGraphNode[];
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  profile: ReportProfile;
  findings: Finding[];
  hotspots: Hotspot[];
  /** The heaviest distinct stacks (an extension of the contract). */
  hotStacks: HotStackEntry[];
  /**
   * The call tree for a flame graph, root `(root)` first, bounded to a number
   * of nodes (an extension of the contract). Present only when asked for
   * (`buildReport(…, { flameGraph: maxNodes })`): the HTML view needs it, the
   * JSON output leaves it out by default so that its size and shape stay as
   * they were.
   */
  flameGraph?: FlameGraphNode;
}
