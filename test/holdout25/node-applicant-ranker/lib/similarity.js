'use strict';

// Edit distance between two short strings (job titles), two-row dynamic programme.
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = new Array(b.length + 1);
  let curr = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    const t = prev; prev = curr; curr = t;
  }
  return prev[b.length];
}

function titleSimilarity(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const longest = Math.max(x.length, y.length) || 1;
  return 1 - editDistance(x, y) / longest;
}

// Months of relevant experience, weighting recent roles and roles close to the opening's title.
function relevantMonths(roles, title, referenceMonth) {
  let total = 0;
  for (const role of roles) {
    if (!role.months) continue;
    const age = Math.max(0, referenceMonth - (role.to === null ? referenceMonth : role.to));
    const recency = Math.exp(-age / 60);
    const fit = titleSimilarity(role.title, title);
    const detailFit = titleSimilarity(role.details.slice(0, 40), title);
    total += role.months * recency * (0.4 + 0.4 * fit + 0.2 * detailFit);
  }
  return total;
}

module.exports = { editDistance, titleSimilarity, relevantMonths };
