'use strict';

// Breadth-first route through the lock graph; each lock passed is a leg.
function planRoute(network, fromId, toId) {
  if (fromId === toId) return [network.byId.get(fromId)];
  const prev = new Map([[fromId, null]]);
  const queue = [fromId];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    if (id === toId) break;
    for (const n of network.byId.get(id).neighbours) {
      if (!prev.has(n)) { prev.set(n, id); queue.push(n); }
    }
  }
  if (!prev.has(toId)) return null;
  const path = [];
  for (let id = toId; id !== null; id = prev.get(id)) path.push(network.byId.get(id));
  return path.reverse();
}

function legsFor(route, departAfter) {
  let clock = departAfter;
  return route.map((lock) => {
    const leg = { lockId: lock.id, waterway: lock.waterway, arrive: clock };
    clock += lock.cycleMinutes + 35;
    return leg;
  });
}

module.exports = { planRoute, legsFor };
