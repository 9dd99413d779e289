'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const TENANTS = ['acme-retail', 'northwind', 'globex', 'initech', 'umbrella-health', 'stark-logistics', 'wayne-fin'];
const CHANNELS = ['email', 'chat', 'web-form', 'phone-transcript'];
const TIERS = ['free', 'standard', 'business', 'enterprise'];
const LANGUAGES = ['en', 'en', 'en', 'de', 'fr', 'es'];
const OPENERS = [
  'Hi team,', 'Hello,', 'Good morning,', 'Dear support,', 'Hey there,', 'To whom it may concern,',
];
const ISSUES = [
  ['billing', 'I was charged twice for the same invoice this month and the refund has not arrived'],
  ['billing', 'our credit card payment failed although the card is valid and the subscription renewal is overdue'],
  ['billing', 'the invoice shows the wrong VAT number and our accounting department cannot book it'],
  ['login', 'I cannot log in since the password reset email never arrives and my account seems locked'],
  ['login', 'two factor authentication codes are rejected as invalid after I changed my phone'],
  ['login', 'single sign on through our identity provider fails with an error after the redirect'],
  ['outage', 'the dashboard is completely down and every page returns a server error for all users'],
  ['outage', 'the API is timing out for every request since this morning and our checkout is broken'],
  ['performance', 'reports take several minutes to load and the export keeps timing out on large datasets'],
  ['performance', 'search has become extremely slow after the last update and pages freeze in the browser'],
  ['integration', 'the webhook deliveries to our endpoint stopped and the integration log shows retries'],
  ['integration', 'the CSV import rejects rows with special characters in the customer name column'],
  ['feature', 'would it be possible to add an option to schedule reports weekly for the whole team'],
  ['feature', 'we would like to request dark mode and keyboard shortcuts for the ticket editor'],
  ['data', 'some customer records disappeared after the merge and the audit history looks incomplete'],
  ['data', 'we need to export all personal data for a GDPR request and delete the account afterwards'],
];
const CONTEXT = [
  'This affects our whole sales team.', 'We have a customer demo tomorrow.', 'It started after the weekend.',
  'Screenshots are attached.', 'We already cleared the browser cache and tried another device.',
  'Our contract renewal is coming up next month.', 'This is the third time we report this.',
  'Please treat this as urgent, production is impacted.', 'No rush, whenever you get a chance.',
  'The issue happens only in Firefox as far as we can tell.', 'Several colleagues see the same behaviour.',
];
const CONTACT = [
  (r) => `You can reach me at ${pick(r, ['j.doe', 'ops', 'finance', 'm.klein', 'it-admin'])}@${pick(r, ['example.com', 'corp.de', 'mail.fr'])}.`,
  (r) => `Call me on +49 30 ${intBetween(r, 1000, 9999)} ${intBetween(r, 1000, 9999)}.`,
  (r) => `Card used: 4111 1111 ${intBetween(r, 1000, 9999)} ${intBetween(r, 1000, 9999)}.`,
  (r) => `Our IBAN is DE${intBetween(r, 10, 99)} 5001 0517 ${intBetween(r, 1000, 9999)} 5678 90.`,
  () => '',
  () => '',
];
const CLOSERS = ['Thanks!', 'Best regards,', 'Kind regards,', 'Cheers,', 'Thank you in advance.'];

function makeTicket(rand, seq, now) {
  const [hint, issue] = pick(rand, ISSUES);
  const extra = [];
  const n = intBetween(rand, 2, 5);
  for (let i = 0; i < n; i++) extra.push(pick(rand, CONTEXT));
  const customer = intBetween(rand, 1, 6000);
  return {
    id: `T-${String(seq).padStart(7, '0')}`,
    tenant: pick(rand, TENANTS),
    channel: pick(rand, CHANNELS),
    tier: pick(rand, TIERS),
    language: pick(rand, LANGUAGES),
    customerId: `C${customer}`,
    receivedAt: now + seq * 1500,
    subject: `${issue.split(' ').slice(0, 6).join(' ')}...`,
    body: `${pick(rand, OPENERS)} ${issue}. ${extra.join(' ')} ${pick(rand, CONTACT)(rand)} ${pick(rand, CLOSERS)} Customer ${customer}`,
    reporterHint: rand() < 0.3 ? hint : null,
  };
}

// Emits tickets in bursts, the way the intake gateway forwards them.
function startProducer(broker, topic, { total, burst, seed }) {
  const rand = mulberry32(seed);
  const epoch = Date.UTC(2024, 5, 3, 7, 30);
  let seq = 0;
  return new Promise((resolve) => {
    function tick() {
      for (let i = 0; i < burst && seq < total; i++) {
        broker.publish(topic, makeTicket(rand, ++seq, epoch), { source: 'intake' });
      }
      if (seq < total) setImmediate(tick);
      else resolve(seq);
    }
    tick();
  });
}

module.exports = { startProducer };
