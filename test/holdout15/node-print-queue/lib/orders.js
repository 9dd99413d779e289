'use strict';
// Storefront side: turns web-to-print orders into queue messages.

const MEDIA = [
  { id: 'A4-80', size: 'A4', gsm: 80, coated: false },
  { id: 'A4-120', size: 'A4', gsm: 120, coated: false },
  { id: 'A4-170S', size: 'A4', gsm: 170, coated: true },
  { id: 'A3-120', size: 'A3', gsm: 120, coated: false },
  { id: 'A3-250S', size: 'A3', gsm: 250, coated: true },
  { id: 'SRA3-300S', size: 'SRA3', gsm: 300, coated: true },
  { id: 'A5-90', size: 'A5', gsm: 90, coated: false },
  { id: 'LTR-90', size: 'Letter', gsm: 90, coated: false },
];
const PRODUCTS = ['flyer', 'booklet', 'poster', 'business-cards', 'report', 'menu', 'postcard', 'thesis'];
const FINISHING = ['none', 'staple-corner', 'saddle-stitch', 'perfect-bind', 'fold-half', 'fold-tri', 'laminate', 'round-corners'];
const CUSTOMERS = ['Harbourside Dental', 'Kestrel Architects', 'St. Aidan Primary', 'Copper Kettle Café', 'Northgate Rowing Club', 'Verity & Lowe LLP', 'Tallis Choir', 'Blue Fern Yoga', 'Marsh Lane Garage', 'University of Wexham'];

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// 24x24 CMYK low-res preview rendered by the storefront's thumbnailer.
function renderPreview(rng, colour) {
  const px = Buffer.allocUnsafe(24 * 24 * 4);
  const base = [rng() * 120, rng() * 120, rng() * 120, 20 + rng() * 100];
  for (let i = 0; i < 576; i++) {
    const band = Math.floor(i / 24) % 4 === 0 ? 90 : 0; // headline / image band
    px[i * 4] = colour ? Math.min(255, base[0] + band + ((i * 37) % 40)) : 0;
    px[i * 4 + 1] = colour ? Math.min(255, base[1] + band + ((i * 53) % 40)) : 0;
    px[i * 4 + 2] = colour ? Math.min(255, base[2] + ((i * 71) % 40)) : 0;
    px[i * 4 + 3] = Math.min(255, base[3] + band + ((i * 13) % 60));
  }
  return px.toString('base64');
}

function makeOrder(rng, n) {
  const product = PRODUCTS[Math.floor(rng() * PRODUCTS.length)];
  const pageCount = product === 'thesis' || product === 'report' ? 40 + Math.floor(rng() * 120)
    : product === 'booklet' ? 8 + 4 * Math.floor(rng() * 10)
    : 1 + Math.floor(rng() * 2);
  const media = MEDIA[Math.floor(rng() * MEDIA.length)];
  const pages = [];
  const previews = [];
  for (let p = 0; p < pageCount; p++) {
    const colour = rng() < 0.55;
    previews.push(renderPreview(rng, colour));
    pages.push({
      number: p + 1,
      widthMm: media.size === 'A3' ? 297 : media.size === 'A5' ? 148 : media.size === 'Letter' ? 216 : 210,
      heightMm: media.size === 'A3' ? 420 : media.size === 'A5' ? 210 : media.size === 'Letter' ? 279 : 297,
      colour,
      bleedMm: rng() < 0.3 ? 3 : 0,
      fonts: rng() < 0.02 ? ['Helvetica (not embedded)'] : ['SourceSerif4-Regular', 'Inter-Medium'],
      imageDpi: 150 + Math.floor(rng() * 250),
    });
  }
  return {
    orderId: `WP-${String(100000 + n)}`,
    customer: CUSTOMERS[Math.floor(rng() * CUSTOMERS.length)],
    product,
    quantity: [1, 5, 10, 25, 50, 100, 250, 500][Math.floor(rng() * 8)],
    mediaId: media.id,
    duplex: pageCount > 1 && rng() < 0.8,
    finishing: FINISHING[Math.floor(rng() * FINISHING.length)],
    rush: rng() < 0.15,
    pages,
    previews,
    submittedAt: new Date(Date.UTC(2025, 2, 3, 8) + n * 37000).toISOString(),
  };
}

function publishOrders(channel, queue, count, seed) {
  const rng = makeRng(seed);
  for (let n = 0; n < count; n++) {
    const order = makeOrder(rng, n);
    channel.publish(queue, Buffer.from(JSON.stringify(order)), { 'x-priority': order.rush ? 'rush' : 'standard' });
  }
}

module.exports = { publishOrders, MEDIA };
