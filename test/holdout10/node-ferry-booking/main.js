'use strict';

// Partner booking API of a ferry operator, exercised by an in-process load generator.

const { startPaymentGateway } = require('./gateway');
const { createBookingServer } = require('./server');
const { startTicketOffice } = require('./ticketing');
const { createAgencyDirectory } = require('./auth');
const { runLoad } = require('./loadgen');

const AGENCIES = [
  { id: 'nordic-trails', name: 'Nordic Trails Oy', secret: 'b7f1-trails-2024', commission: 0.08 },
  { id: 'channel-hop', name: 'Channel Hop Ltd', secret: 'x9q-channel-hop', commission: 0.07 },
  { id: 'aegean-sun', name: 'Aegean Sun Travel', secret: 'aeg-4471-sun', commission: 0.1 },
  { id: 'baltic-breaks', name: 'Baltic Breaks AB', secret: 'bb-breaks-77', commission: 0.06 },
  { id: 'fjord-and-co', name: 'Fjord & Co AS', secret: 'fj0rd-c0-secret', commission: 0.09 },
  { id: 'adria-lines', name: 'Adria Lines d.o.o.', secret: 'adria-2024-xx', commission: 0.08 },
];

async function main() {
  const durationMs = Number(process.env.LOAD_MS || 9000);
  const startDate = new Date(Date.UTC(2024, 5, 1));
  const days = 21;
  const gateway = await startPaymentGateway();
  const ticketOffice = await startTicketOffice();
  const directory = createAgencyDirectory(AGENCIES);
  const server = createBookingServer({ gatewayPort: gateway.port, ticketPort: ticketOffice.port, startDate, days, agencies: directory });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const t0 = Date.now();
  const stats = await runLoad({ port, agencies: AGENCIES, startDate, days, durationMs, concurrency: 48, seed: 4242 });
  const elapsed = (Date.now() - t0) / 1000;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await gateway.close();
  await ticketOffice.close();
  console.log(`ferry-booking: ${stats.requests} requests in ${elapsed.toFixed(1)}s (${(stats.requests / elapsed).toFixed(0)} req/s), ` +
    `${stats.bookings.length} bookings, status ${JSON.stringify(stats.byStatus)}, errors ${stats.errors}`);
}

main().catch((err) => { console.error(err); process.exit(1); });
