"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildCatalogue = buildCatalogue;
function buildCatalogue(size) {
    let s = 4242;
    const rnd = (n) => (s = (s * 22695477 + 1) >>> 0) % n;
    const families = ['cables', 'adapters', 'docks', 'chargers', 'hubs'];
    const products = Array.from({ length: size }, (_, i) => ({
        sku: `SKU-${(i * 7919) % 100000}`,
        family: families[rnd(families.length)],
        listPrice: 5 + rnd(20000) / 100,
        tiers: [
            { minQuantity: 10, discount: 0.03 },
            { minQuantity: 50, discount: 0.07 },
            { minQuantity: 200, discount: 0.12 },
        ],
    }));
    const promotions = products.filter((_, i) => i % 9 === 0).map((p) => ({ sku: p.sku, percentOff: 5 + rnd(20) }));
    return { products, promotions };
}
//# sourceMappingURL=catalogue.js.map