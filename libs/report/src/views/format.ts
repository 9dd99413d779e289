/** Small formatting helpers shared by the human-readable views. */

export function percent(share: number): string {
  const v = share * 100;
  return `${v >= 10 || v === 0 ? v.toFixed(1) : v.toFixed(2)}%`;
}

const TIME: [number, string][] = [
  [1e9, 's'],
  [1e6, 'ms'],
  [1e3, 'µs'],
  [1, 'ns'],
];
const NS_PER: Record<string, number> = { nanoseconds: 1, microseconds: 1e3, milliseconds: 1e6, seconds: 1e9 };

export function formatValue(value: number, unit: string): string {
  if (unit in NS_PER) {
    const ns = value * NS_PER[unit];
    const [scale, suffix] = TIME.find(([s]) => Math.abs(ns) >= s) ?? [1, 'ns'];
    return `${(ns / scale).toFixed(2)} ${suffix}`;
  }
  if (unit === 'bytes') {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = value;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
      v /= 1024;
      i++;
    }
    return `${v.toFixed(i ? 1 : 0)} ${units[i]}`;
  }
  return `${value.toLocaleString('en-US')} ${unit}`;
}

export function truncate(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, Math.max(0, width - 1)) + '…';
}

/** The last two path segments of a file, enough to recognise it in a table. */
export function shortPath(file: string): string {
  const parts = file.replace(/^file:\/\//, '').split(/[\\/]/).filter(Boolean);
  return parts.slice(-2).join('/');
}
