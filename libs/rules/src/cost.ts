/**
 * What a finding costs to run, in money and carbon, for a fleet of
 * instances that all spend the profile's share of time on it. The constants
 * are defaults to be replaced by the user's own (`--price-per-core-hour`…):
 * an on-demand x86 core-hour, an x86 core's average draw, a data centre's
 * power usage effectiveness, and a grid's carbon intensity.
 */
export interface CostOptions {
  /** Instances running the profiled program. */
  fleetSize?: number;
  /** US dollars per core-hour. */
  pricePerCoreHour?: number;
  /** Average watts drawn by one busy core. */
  wattsPerCore?: number;
  /** Power usage effectiveness of the data centre. */
  pue?: number;
  /** Tonnes of CO₂ per kWh. */
  co2TonnesPerKWh?: number;
}

export const COST_DEFAULTS: Required<CostOptions> = {
  fleetSize: 1,
  pricePerCoreHour: 0.0425,
  wattsPerCore: 7,
  pue: 1.7,
  co2TonnesPerKWh: 0.000379,
};

export interface Cost {
  /** CPU-seconds spent per second of the recording, per instance. */
  cpuSecondsPerSecond: number;
  monthly: { fleetSize: number; coreHours: number; usd: number; kWh: number; co2Tonnes: number };
}

const HOURS_PER_MONTH = 730;
const NS_PER: Record<string, number> = { nanoseconds: 1, microseconds: 1e3, milliseconds: 1e6, seconds: 1e9 };

/** Null when the value is not time or the recording's length is unknown. */
export function estimateCost(value: number, unit: string, durationNanos: number, options: CostOptions = {}): Cost | null {
  if (!(unit in NS_PER) || !(durationNanos > 0)) return null;
  const o = { ...COST_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const cpuSecondsPerSecond = (value * NS_PER[unit]) / durationNanos;
  const coreHours = cpuSecondsPerSecond * o.fleetSize * HOURS_PER_MONTH;
  const kWh = (coreHours * o.wattsPerCore * o.pue) / 1000;
  return {
    cpuSecondsPerSecond: round(cpuSecondsPerSecond, 4),
    monthly: {
      fleetSize: o.fleetSize,
      coreHours: round(coreHours, 2),
      usd: round(coreHours * o.pricePerCoreHour, 2),
      kWh: round(kWh, 2),
      co2Tonnes: round(kWh * o.co2TonnesPerKWh, 5),
    },
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
