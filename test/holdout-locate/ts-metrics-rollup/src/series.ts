export interface Series {
  name: string;
  tags: Record<string, string>;
  points: { t: number; v: number }[];
}

export function makeSeries(count: number, length: number): Series[] {
  let x = 0x9e3779b9;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const start = Date.UTC(2026, 2, 1);
  return Array.from({ length: count }, (_, i) => ({
    name: `http_server_duration_ms{route="/r${i % 40}"}`,
    tags: { host: `web-${i % 12}`, region: ['eu-west', 'eu-central'][i % 2], service: 'storefront' },
    points: Array.from({ length }, (_, k) => ({ t: start + k * 15_000, v: Math.round(next() * 900) / 10 })),
  }));
}
