'use strict';

function formatAmount(value, locale, digits) {
  const fmt = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return fmt.format(value);
}

function renderRow(recipe, per, similar, locale) {
  return [
    recipe.id.padEnd(7),
    String(recipe.servings).padStart(2),
    formatAmount(per.kcal, locale, 0).padStart(8),
    formatAmount(per.protein, locale, 1).padStart(7),
    formatAmount(per.fat, locale, 1).padStart(7),
    formatAmount(per.carbs, locale, 1).padStart(7),
    `${Math.round(per.proteinPct * 100)}/${Math.round(per.fatPct * 100)}/${Math.round(per.carbsPct * 100)}`.padStart(9),
    similar ? `${similar.id} (${similar.score.toFixed(2)})` : '-',
  ].join(' | ');
}

module.exports = { renderRow };
