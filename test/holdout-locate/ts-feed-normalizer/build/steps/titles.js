"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cleanTitles = void 0;
const SEPARATORS = /\s*(?:-|\u2013|\/|\|)\s*|\s{2,}/g;
// Title case, single spaces, no separator runs, no stop words from suppliers' SEO padding.
const cleanTitles = (titles) => titles.map((title) => title
    .replace(SEPARATORS, ' ')
    .split(' ')
    .filter((w) => w && !new RegExp('^(?:the|a|an|and|with|for|of|in|new)$', 'i').test(w))
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
    .join(' '));
exports.cleanTitles = cleanTitles;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGl0bGVzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL3N0ZXBzL3RpdGxlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFBQSxNQUFNLFVBQVUsR0FBRyxrQ0FBa0MsQ0FBQztBQUV0RCwyRkFBMkY7QUFDcEYsTUFBTSxXQUFXLEdBQUcsQ0FBQyxNQUFnQixFQUFZLEVBQUUsQ0FDeEQsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQ25CLEtBQUs7S0FDRixPQUFPLENBQUMsVUFBVSxFQUFFLEdBQUcsQ0FBQztLQUN4QixLQUFLLENBQUMsR0FBRyxDQUFDO0tBQ1YsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLE1BQU0sQ0FBQyx1Q0FBdUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7S0FDckYsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQztLQUN6RCxJQUFJLENBQUMsR0FBRyxDQUFDLENBQ2IsQ0FBQztBQVJTLFFBQUEsV0FBVyxlQVFwQiJ9