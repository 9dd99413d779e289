// Amounts on the invoice are shown in pounds sterling, whatever the account's region.
export function gbp(amount: number): string {
  const formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
  return formatter.format(amount);
}

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}
