'use strict';
// Discounts and tax rules.

class NoContractError extends Error {
  constructor(customerId) {
    super(`customer ${customerId} has no contract`);
    this.name = 'NoContractError';
    this.customerId = customerId;
  }
}

const VAT = { DE: 0.19, FR: 0.2, GB: 0.2, US: 0, CH: 0.081, SE: 0.25 };

function contractDiscount(customer) {
  if (!customer.contract) throw new NoContractError(customer.id);
  return customer.contract.discountPct / 100;
}

function priceLine(tx, customer) {
  const gross = tx.quantity * tx.unitPrice;
  let discount;
  try {
    discount = contractDiscount(customer);
  } catch (err) {
    if (!(err instanceof NoContractError)) throw err;
    discount = 0;
  }
  const net = Math.round(gross * (1 - discount) * 100) / 100;
  const vat = Math.round(net * VAT[customer.country] * 100) / 100;
  return { gross, discount, net, vat, total: net + vat };
}

module.exports = { priceLine, NoContractError };
