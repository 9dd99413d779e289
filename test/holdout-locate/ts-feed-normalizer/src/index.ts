// Product-feed normaliser: takes supplier feed entries, cleans their titles, expands
// variants and keeps a per-variant snapshot for the change log. Deterministic; prints nothing.
import { makeFeed } from './feed';
import { pipeline } from './steps';

const feed = makeFeed(Number(process.env.FEED_ITEMS ?? 60000));
const result = pipeline(feed);
if (result.variants === 0) throw new Error('feed produced no variant');
