'use strict';
// In-memory order store with an index by tenant and customer. Like a database, it
// hands out copies: callers can change what they get without touching stored data.

class OrderStore {
  constructor() {
    this.orders = new Map();
    this.byCustomer = new Map();
    this.sequence = 0;
  }

  insert(tenant, order) {
    this.sequence += 1;
    const id = `ord_${tenant}_${String(this.sequence).padStart(7, '0')}`;
    const stored = JSON.parse(JSON.stringify({ ...order, id, tenant, status: 'confirmed', createdSeq: this.sequence }));
    this.orders.set(id, stored);
    const key = `${tenant}/${order.customerId}`;
    let ids = this.byCustomer.get(key);
    if (!ids) {
      ids = [];
      this.byCustomer.set(key, ids);
    }
    ids.push(id);
    return JSON.parse(JSON.stringify(stored));
  }

  get(tenant, id) {
    const order = this.orders.get(id);
    return order && order.tenant === tenant ? JSON.parse(JSON.stringify(order)) : undefined;
  }

  listByCustomer(tenant, customerId, limit) {
    const ids = this.byCustomer.get(`${tenant}/${customerId}`) || [];
    const result = [];
    for (let i = ids.length - 1; i >= 0 && result.length < limit; i--) result.push(this.orders.get(ids[i]));
    return result;
  }
}

module.exports = { OrderStore };
