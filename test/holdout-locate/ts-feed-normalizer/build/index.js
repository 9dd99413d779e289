"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Product-feed normaliser: takes supplier feed entries, cleans their titles, expands
// variants and keeps a per-variant snapshot for the change log. Deterministic; prints nothing.
const feed_1 = require("./feed");
const steps_1 = require("./steps");
const feed = (0, feed_1.makeFeed)(Number(process.env.FEED_ITEMS ?? 60000));
const result = (0, steps_1.pipeline)(feed);
if (result.variants === 0)
    throw new Error('feed produced no variant');
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7QUFBQSxxRkFBcUY7QUFDckYsK0ZBQStGO0FBQy9GLGlDQUFrQztBQUNsQyxtQ0FBbUM7QUFFbkMsTUFBTSxJQUFJLEdBQUcsSUFBQSxlQUFRLEVBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsVUFBVSxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDL0QsTUFBTSxNQUFNLEdBQUcsSUFBQSxnQkFBUSxFQUFDLElBQUksQ0FBQyxDQUFDO0FBQzlCLElBQUksTUFBTSxDQUFDLFFBQVEsS0FBSyxDQUFDO0lBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQywwQkFBMEIsQ0FBQyxDQUFDIn0=