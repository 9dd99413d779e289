'use strict';

function nutritionFor(parsedLines, servings) {
  const totals = { kcal: 0, protein: 0, fat: 0, carbs: 0, grams: 0 };
  for (const p of parsedLines) {
    if (!p || !p.ingredient) continue;
    const f = p.grams / 100;
    totals.kcal += p.ingredient.kcal * f;
    totals.protein += p.ingredient.protein * f;
    totals.fat += p.ingredient.fat * f;
    totals.carbs += p.ingredient.carbs * f;
    totals.grams += p.grams;
  }
  const per = {};
  for (const k of Object.keys(totals)) per[k] = totals[k] / servings;
  const energy = per.protein * 4 + per.carbs * 4 + per.fat * 9 || 1;
  per.proteinPct = (per.protein * 4) / energy;
  per.fatPct = (per.fat * 9) / energy;
  per.carbsPct = (per.carbs * 4) / energy;
  return per;
}

// Similar-recipe suggestion: cosine similarity over ingredient gram vectors.
function vectorFor(parsedLines, index) {
  const v = new Float64Array(index.size);
  for (const p of parsedLines) if (p && p.ingredient) v[index.get(p.ingredient.name)] += p.grams;
  return v;
}

function cosine(a, b) {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function mostSimilar(vectors) {
  const out = new Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    let best = -1, bestScore = -1;
    for (let j = 0; j < vectors.length; j++) {
      if (i === j) continue;
      const s = cosine(vectors[i], vectors[j]);
      if (s > bestScore) { bestScore = s; best = j; }
    }
    out[i] = { index: best, score: bestScore };
  }
  return out;
}

module.exports = { nutritionFor, vectorFor, mostSimilar };
