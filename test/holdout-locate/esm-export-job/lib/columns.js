// German number formatting, as the finance team's spreadsheet expects.
export const amount = (value) => value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const quantity = (value) => (value > 0 ? `+${value}` : String(value));
