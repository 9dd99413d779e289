"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gbp = gbp;
exports.percent = percent;
// Amounts on the invoice are shown in pounds sterling, whatever the account's region.
function gbp(amount) {
    const formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
    return formatter.format(amount);
}
function percent(rate) {
    return `${(rate * 100).toFixed(1)} %`;
}
//# sourceMappingURL=money.js.map