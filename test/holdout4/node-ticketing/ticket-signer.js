'use strict';
const crypto = require('crypto');

const SIGNING_SECRET = 'box-office-ticket-secret-2026';

function deriveTicketKey(orderId) {
  return crypto.pbkdf2Sync(SIGNING_SECRET, `ticket:${orderId}`, 4000, 32, 'sha256');
}

function issueTickets(order, priced) {
  const key = deriveTicketKey(order.orderId);
  return priced.map((seat, idx) => {
    const ticketId = `${order.orderId}-${idx + 1}`;
    const barcode = crypto.createHmac('sha256', key)
      .update(`${ticketId}|${order.venueId}|${seat.row}|${seat.col}|${order.eventDate}`)
      .digest('base64url')
      .slice(0, 22);
    return { ticketId, barcode, row: seat.row, col: seat.col, tier: seat.tier, priceCents: seat.priceCents };
  });
}

module.exports = { issueTickets };
