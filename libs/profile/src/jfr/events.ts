import { LimitExceededError } from '../errors';
import type { JfrField, Metadata } from './metadata';
import type { JfrString } from './reader';
import { makePlan, num, Plan, Scalar, ValueReader } from './values';

/**
 * The events the importer turns into samples, found by type name in each
 * chunk's metadata (type ids differ between recordings and chunks), and the
 * fields each contributes. JDK event definitions: `src/hotspot/share/jfr/
 * metadata/metadata.xml`; async-profiler writes the same `jdk.*` types plus
 * its own `profiler.*` ones.
 */
export enum EventKind {
  /** jdk.ExecutionSample: a thread sampled while running Java code (async-profiler: any CPU or wall sample). */
  ExecutionSample,
  /** jdk.NativeMethodSample: a thread sampled while in native code. */
  NativeMethodSample,
  /** profiler.WallClockSample (async-profiler 3+): `samples` consecutive wall-clock samples of one stack. */
  WallClockSample,
  /** jdk.ObjectAllocationInNewTLAB: an allocation that opened a new thread-local buffer of `tlabSize` bytes. */
  AllocInNewTLAB,
  /** jdk.ObjectAllocationOutsideTLAB: an allocation of `allocationSize` bytes outside any TLAB. */
  AllocOutsideTLAB,
  /** jdk.ObjectAllocationSample (JDK 16+): a throttled sample standing for `weight` bytes. */
  AllocSample,
  /** jdk.JavaMonitorEnter: a thread blocked `duration` entering a contended synchronized block. */
  MonitorEnter,
  /** jdk.ThreadPark: a thread parked `duration` (LockSupport.park: j.u.c. locks, queues). */
  ThreadPark,
  /** profiler.Malloc (async-profiler native memory profiling): `size` bytes. */
  Malloc,
  /** profiler.LiveObject (async-profiler --live): an object of `allocationSize` bytes still alive at the end. */
  LiveObject,
}

interface EventSpec {
  readonly kind: EventKind;
  /** The field whose value is the event's weight, or '' when each event counts as one. */
  readonly value: string;
}

export const EVENT_SPECS: ReadonlyMap<string, EventSpec> = new Map([
  ['jdk.ExecutionSample', { kind: EventKind.ExecutionSample, value: '' }],
  ['jdk.NativeMethodSample', { kind: EventKind.NativeMethodSample, value: '' }],
  ['profiler.WallClockSample', { kind: EventKind.WallClockSample, value: 'samples' }],
  ['jdk.ObjectAllocationInNewTLAB', { kind: EventKind.AllocInNewTLAB, value: 'tlabSize' }],
  ['jdk.ObjectAllocationOutsideTLAB', { kind: EventKind.AllocOutsideTLAB, value: 'allocationSize' }],
  ['jdk.ObjectAllocationSample', { kind: EventKind.AllocSample, value: 'weight' }],
  ['jdk.JavaMonitorEnter', { kind: EventKind.MonitorEnter, value: 'duration' }],
  ['jdk.ThreadPark', { kind: EventKind.ThreadPark, value: 'duration' }],
  ['profiler.Malloc', { kind: EventKind.Malloc, value: 'size' }],
  ['profiler.LiveObject', { kind: EventKind.LiveObject, value: 'allocationSize' }],
]);

/** Slots of an event plan. Samples name their thread `sampledThread`, other events `eventThread`. */
const FIELDS = ['stackTrace', 'sampledThread', 'eventThread', 'state', 'value'];
const S_STACK = 0;
const S_SAMPLED_THREAD = 1;
const S_EVENT_THREAD = 2;
const S_STATE = 3;
const S_VALUE = 4;

/** One `jdk.ActiveSetting` event: a recording setting (`period`, `enabled`; async-profiler: `event`, `interval`…). */
export interface Setting {
  /** Name of the event type the setting is for ('' when the id is not an event type of this chunk). */
  readonly eventType: string;
  readonly name: string;
  readonly value: string;
}

/** The sample events of one chunk, in columns; ids are keys into the chunk's constant pools. */
export class ChunkEvents {
  readonly kind: number[] = [];
  readonly stack: number[] = [];
  readonly thread: number[] = [];
  readonly state: number[] = [];
  /** The weight field's value, converted to nanoseconds when it is a duration; 1 for counted events. */
  readonly value: number[] = [];
  /** Settings as read; their string values may still be constant-pool references. */
  readonly settings: { eventType: string; name: JfrString; value: JfrString }[] = [];
  /** Counts of the other events by type id, to say what a recording holds when it has no samples. */
  readonly other = new Map<number, number>();
}

export interface EventBudget {
  readonly max: number;
  events: number;
}

interface CompiledSpec {
  readonly kind: EventKind;
  readonly plan: Plan;
  /** Multiplier from the value field's unit to nanoseconds (durations), else 1. */
  readonly toNanos: number;
  readonly counted: boolean;
}

/** Compiles, for one chunk's metadata, a reader plan for every event type the importer uses. */
export class EventDecoder {
  private readonly specs = new Map<number, CompiledSpec>();
  private readonly settingPlan: Plan | null = null;
  private readonly settingTypeId: number = -1;
  private readonly out: Scalar[] = [null, null, null, null, null];
  private readonly typeName: (id: number) => string;

  constructor(
    private readonly v: ValueReader,
    meta: Metadata,
    ticksPerSecond: number,
  ) {
    for (const [name, spec] of EVENT_SPECS) {
      const cls = meta.byName.get(name);
      if (!cls) continue;
      const wanted: (string | null)[] = [...FIELDS];
      wanted[S_VALUE] = spec.value || null;
      const valueField = cls.fields.find((f) => f.name === spec.value);
      this.specs.set(cls.id, {
        kind: spec.kind,
        plan: makePlan(cls, wanted),
        toNanos: valueField ? nanosPerUnit(valueField, ticksPerSecond) : 1,
        counted: !valueField,
      });
    }
    const setting = meta.byName.get('jdk.ActiveSetting');
    if (setting) {
      this.settingTypeId = setting.id;
      this.settingPlan = makePlan(setting, ['id', 'name', 'value']);
    }
    this.typeName = (id) => meta.byId.get(id)?.name ?? '';
  }

  /**
   * Decodes the event of type `typeId` whose fields start at the reader's
   * position (bounded by its `end`). `budget.events` counts down the sample
   * events still allowed (the profile's `maxSamples`): they are kept until
   * every chunk is read, so the bound applies here, before memory is spent.
   */
  decode(typeId: number, into: ChunkEvents, budget: EventBudget): void {
    const spec = this.specs.get(typeId);
    const out = this.out;
    if (spec) {
      if (--budget.events < 0) throw new LimitExceededError('maxSamples', budget.max, `more than ${budget.max} sample events`);
      this.v.read(spec.plan, out, false);
      const thread = out[S_SAMPLED_THREAD] ?? out[S_EVENT_THREAD];
      into.kind.push(spec.kind);
      into.stack.push(num(out[S_STACK], 0));
      into.thread.push(num(thread, 0));
      into.state.push(num(out[S_STATE], -1));
      const value = num(out[S_VALUE]);
      // Durations in ticks become whole nanoseconds, as pprof values are integers.
      into.value.push(spec.counted ? 1 : spec.toNanos === 1 ? value : Math.round(value * spec.toNanos));
    } else if (typeId === this.settingTypeId && this.settingPlan) {
      this.v.read(this.settingPlan, out, false);
      into.settings.push({ eventType: this.typeName(num(out[0], -1)), name: out[1] as JfrString, value: out[2] as JfrString });
    } else {
      into.other.set(typeId, (into.other.get(typeId) ?? 0) + 1);
    }
  }
}

/**
 * Durations are annotated `@Timespan` with their unit; JDK durations are in
 * ticks of the chunk's clock (`ticksPerSecond` in the chunk header). Fields
 * without the annotation (sizes, counts) are taken as they are.
 */
function nanosPerUnit(f: JfrField, ticksPerSecond: number): number {
  switch (f.timeUnit) {
    case 'TICKS':
      return 1e9 / ticksPerSecond;
    case 'NANOSECONDS':
      return 1;
    case 'MICROSECONDS':
      return 1e3;
    case 'MILLISECONDS':
      return 1e6;
    case 'SECONDS':
      return 1e9;
    default:
      return f.name === 'duration' ? 1e9 / ticksPerSecond : 1;
  }
}

