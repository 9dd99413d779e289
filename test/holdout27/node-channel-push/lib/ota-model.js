'use strict';

// Operation catalogue of the OTA connectivity API (as shipped with the partner SDK).
const SIMPLE = (name, type, extra = {}) => ({ name, type, ...extra });

const OPERATIONS = {
  HotelAvailNotif: {
    method: 'POST', path: '/ota/v2/properties/{propertyId}/availability',
    fields: [SIMPLE('propertyId', 'string', { pattern: '^[A-Z]{3}\\d{5}$', location: 'path' }), SIMPLE('echoToken', 'string', { maxLength: 64 }),
      SIMPLE('timestamp', 'string'), SIMPLE('items', 'list', { member: [SIMPLE('roomTypeCode', 'string', { pattern: '^[A-Z0-9]{2,8}$' }),
        SIMPLE('ratePlanCode', 'string', { pattern: '^[A-Z0-9-]{2,12}$' }), SIMPLE('start', 'date'), SIMPLE('end', 'date'),
        SIMPLE('bookingLimit', 'integer', { min: 0, max: 999 }), SIMPLE('restriction', 'enum', { values: ['Open', 'Close', 'ClosedToArrival', 'ClosedToDeparture'] }),
        SIMPLE('minLos', 'integer', { min: 1, max: 30 })] })],
  },
  HotelRateAmountNotif: {
    method: 'POST', path: '/ota/v2/properties/{propertyId}/rates',
    fields: [SIMPLE('propertyId', 'string', { pattern: '^[A-Z]{3}\\d{5}$', location: 'path' }), SIMPLE('echoToken', 'string', { maxLength: 64 }),
      SIMPLE('timestamp', 'string'), SIMPLE('currency', 'string', { pattern: '^[A-Z]{3}$' }), SIMPLE('items', 'list', { member: [
        SIMPLE('roomTypeCode', 'string', { pattern: '^[A-Z0-9]{2,8}$' }), SIMPLE('ratePlanCode', 'string', { pattern: '^[A-Z0-9-]{2,12}$' }),
        SIMPLE('start', 'date'), SIMPLE('end', 'date'), SIMPLE('amountBeforeTax', 'number', { min: 0 }), SIMPLE('amountAfterTax', 'number', { min: 0 }),
        SIMPLE('guests', 'integer', { min: 1, max: 8 })] })],
  },
};
for (const op of ['HotelResNotif', 'HotelResModifyNotif', 'HotelDescriptiveContentNotif', 'HotelStayInfoNotif', 'HotelInvCountNotif',
  'HotelBookingRuleNotif', 'HotelRatePlanNotif', 'HotelPromotionNotif', 'HotelStatisticsNotif', 'HotelInvBlockNotif',
  'HotelRoomListNotif', 'HotelSummaryNotif', 'HotelPostEventNotif', 'HotelCommNotif', 'HotelAvailGet', 'HotelRateGet']) {
  OPERATIONS[op] = {
    method: op.endsWith('Get') ? 'GET' : 'POST',
    path: `/ota/v2/properties/{propertyId}/${op.replace(/^Hotel/, '').replace(/Notif$|Get$/, '').toLowerCase()}`,
    fields: [SIMPLE('propertyId', 'string', { pattern: '^[A-Z]{3}\\d{5}$', location: 'path' }), SIMPLE('echoToken', 'string', { maxLength: 64 }),
      SIMPLE('timestamp', 'string'), SIMPLE('items', 'list', { member: [SIMPLE('code', 'string', { pattern: '^[A-Z0-9-]{1,16}$' }),
        SIMPLE('start', 'date'), SIMPLE('end', 'date'), SIMPLE('value', 'number'), SIMPLE('note', 'string', { maxLength: 500 })] })],
  };
}

module.exports = { OPERATIONS, API_VERSION: '2024-10' };
