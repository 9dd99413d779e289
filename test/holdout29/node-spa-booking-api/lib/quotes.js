'use strict';

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const VAT_RATE = 0.2;

class MenuService {
  constructor(catalogue) {
    this.menu = { version: 7, currency: 'GBP', treatments: catalogue.treatments, packages: catalogue.packages };
    this.packageByCode = new Map(catalogue.packages.map((p) => [p.code, p]));
  }

  snapshotMenu() {
    return JSON.parse(JSON.stringify(this.menu));
  }

  priceBasket(items, packageCode) {
    const menu = this.snapshotMenu();
    const byCode = new Map(menu.treatments.map((t) => [t.code, t]));
    const pkg = packageCode ? this.packageByCode.get(packageCode) : null;
    if (pkg) {
      for (const code of pkg.items) {
        const t = byCode.get(code);
        if (t) t.pricePence = Math.round(t.pricePence * (1 - pkg.discountPct / 100));
      }
    }
    const lines = [];
    let net = 0;
    for (const item of items) {
      const t = byCode.get(item.code);
      if (!t) continue;
      let linePence = t.pricePence;
      const addOnLabels = [];
      for (const a of t.addOns) {
        if (item.addOns && item.addOns.includes(a.code)) {
          linePence += a.pricePence;
          addOnLabels.push(a.label);
        }
      }
      net += linePence;
      lines.push({ code: t.code, name: t.name, addOns: addOnLabels, amount: gbp.format(linePence / 100), pence: linePence });
    }
    const vat = Math.round(net * VAT_RATE);
    return { lines, net: gbp.format(net / 100), vat: gbp.format(vat / 100), total: gbp.format((net + vat) / 100), totalPence: net + vat, packageApplied: pkg ? pkg.code : null };
  }
}

module.exports = { MenuService };
