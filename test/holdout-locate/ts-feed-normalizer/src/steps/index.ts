import type { FeedItem } from '../feed';
import { cleanTitles } from './titles';
import { expandVariants } from './variants';

export const pipeline = (feed: FeedItem[]): { variants: number; titles: number } => {
  const titles = cleanTitles(feed.map((f) => f.title));
  feed.forEach((item, i) => (item.title = titles[i]));
  const variants = expandVariants(feed);
  const byBrand = new Map<string, number>();
  for (const v of variants) byBrand.set(v.base.brand, (byBrand.get(v.base.brand) ?? 0) + 1);
  return { variants: variants.length, titles: titles.length };
};
