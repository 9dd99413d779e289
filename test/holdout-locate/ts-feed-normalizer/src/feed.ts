export interface FeedItem {
  id: number;
  title: string;
  brand: string;
  attributes: Record<string, string | number>;
  sizes: string[];
  colours: string[];
}

const WORDS = ['Organic', 'cotton', 'T-Shirt', 'SLIM fit', 'crew neck', 'Recycled', 'wool', 'Jumper', 'hooded', 'Parka', 'linen', 'Shirt'];
const BRANDS = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Adatum'];

export const makeFeed = (count: number): FeedItem[] => {
  let s = 12345;
  const rnd = (n: number): number => (s = (s * 16807) % 2147483647) % n;
  return Array.from({ length: count }, (_, id) => ({
    id,
    title: Array.from({ length: 4 + rnd(4) }, () => WORDS[rnd(WORDS.length)]).join(rnd(3) ? ' ' : '  -  ') + ` ${rnd(1000)}`,
    brand: BRANDS[rnd(BRANDS.length)],
    attributes: { material: WORDS[rnd(WORDS.length)], weight: 100 + rnd(400), care: 'machine wash 30', origin: 'PT', season: 'AW' },
    sizes: ['XS', 'S', 'M', 'L', 'XL'].slice(0, 2 + rnd(4)),
    colours: ['black', 'navy', 'ecru', 'olive', 'rust'].slice(0, 1 + rnd(5)),
  }));
};
