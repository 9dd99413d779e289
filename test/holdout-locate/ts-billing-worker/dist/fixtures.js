"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateAccounts = generateAccounts;
// Park–Miller generator, so every run bills the same accounts.
function generator(seed) {
    let state = seed;
    return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
function generateAccounts(count) {
    const next = generator(7);
    const regions = ['uk-north', 'uk-south', 'ie', 'fr'];
    return Array.from({ length: count }, (_, i) => ({
        id: `acct-${String(i).padStart(5, '0')}`,
        region: regions[i % regions.length],
        usage: Array.from({ length: 60 + Math.floor(next() * 40) }, () => ({
            sku: `SKU-${Math.floor(next() * 40000)}`,
            quantity: 1 + Math.floor(next() * 20),
            unitPrice: Math.round(next() * 9000) / 100,
        })),
    }));
}
//# sourceMappingURL=fixtures.js.map