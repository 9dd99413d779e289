export interface Product {
  sku: string;
  family: string;
  listPrice: number;
  tiers: { minQuantity: number; discount: number }[];
}

export interface Promotion {
  sku: string;
  percentOff: number;
}

export function buildCatalogue(size: number): { products: Product[]; promotions: Promotion[] } {
  let s = 4242;
  const rnd = (n: number): number => (s = (s * 22695477 + 1) >>> 0) % n;
  const families = ['cables', 'adapters', 'docks', 'chargers', 'hubs'];
  const products = Array.from({ length: size }, (_, i) => ({
    sku: `SKU-${(i * 7919) % 100000}`,
    family: families[rnd(families.length)],
    listPrice: 5 + rnd(20000) / 100,
    tiers: [
      { minQuantity: 10, discount: 0.03 },
      { minQuantity: 50, discount: 0.07 },
      { minQuantity: 200, discount: 0.12 },
    ],
  }));
  const promotions = products.filter((_, i) => i % 9 === 0).map((p) => ({ sku: p.sku, percentOff: 5 + rnd(20) }));
  return { products, promotions };
}
