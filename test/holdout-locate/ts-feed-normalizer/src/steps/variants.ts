import type { FeedItem } from '../feed';

export interface Variant {
  sku: string;
  base: FeedItem;
  size: string;
  colour: string;
}

// Every variant keeps its own copy of the item so later steps may edit it freely.
export const expandVariants = (items: FeedItem[]): Variant[] =>
  items.flatMap((item) =>
    item.sizes.map((size) => ({
      sku: `${item.id}-${size}`,
      base: JSON.parse(JSON.stringify(item)) as FeedItem,
      size,
      colour: item.colours[0],
    })),
  );
