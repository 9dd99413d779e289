import type { Delivery } from './store';

// The chat notification names the delivery time in the operations team's time zone.
export const describe = (d: Delivery): string => {
  const when = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', dateStyle: 'medium', timeStyle: 'long' }).format(d.receivedAt);
  return `${d.event} on ${d.repository} at ${when}`;
};
