// Tax rules per region, and the SKUs that are exempt from tax (education, charity plans).
export class TaxTable {
  readonly exemptSkus: string[] = [];
  private readonly rates = new Map<string, number>([
    ['uk-north', 0.2],
    ['uk-south', 0.2],
    ['ie', 0.23],
    ['fr', 0.2],
  ]);

  constructor() {
    for (let i = 0; i < 40000; i += 4) this.exemptSkus.push(`SKU-${i}`);
  }

  rate(region: string): number {
    return this.rates.get(region) ?? 0;
  }
}
