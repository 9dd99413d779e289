'use strict';

const RULES_MODULE = './pricing-rules';

// Marketing edits pricing-rules.js during on-sales; always quote with the
// current file so a price change never needs a restart.
function currentRules() {
  delete require.cache[require.resolve(RULES_MODULE)];
  return require(RULES_MODULE);
}

function quote(performance, seats, concessions, promoCode = null) {
  const rules = currentRules();
  const occupancy = performance.soldCount / performance.capacity;
  const lines = seats.map((seat, i) => {
    const concession = concessions[i] || 'adult';
    const promo = rules.promotionFor(promoCode, seat, performance, seats.length);
    const price = rules.applyPromotion(rules.seatPrice(seat, performance, occupancy, concession), promo);
    return { seat: seat.id, band: rules.bandFor(seat), concession, promo: promo ? promo.code : null, price: Math.round(price * 2) / 2 };
  });
  const subtotal = lines.reduce((a, l) => a + l.price, 0);
  const fee = rules.bookingFee(lines.length);
  return { lines, subtotal, fee, total: Math.round((subtotal + fee) * 100) / 100 };
}

module.exports = { quote };
