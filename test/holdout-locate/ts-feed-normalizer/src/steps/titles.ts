const SEPARATORS = /\s*(?:-|\u2013|\/|\|)\s*|\s{2,}/g;

// Title case, single spaces, no separator runs, no stop words from suppliers' SEO padding.
export const cleanTitles = (titles: string[]): string[] =>
  titles.map((title) =>
    title
      .replace(SEPARATORS, ' ')
      .split(' ')
      .filter((w) => w && !new RegExp('^(?:the|a|an|and|with|for|of|in|new)$', 'i').test(w))
      .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
      .join(' '),
  );
