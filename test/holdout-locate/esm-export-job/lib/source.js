// Movements arrive in pages, as they would from a paginated warehouse API.
export async function* movements(total, pageSize) {
  let seed = 2024;
  const rnd = (n) => (seed = (seed * 69069 + 1) >>> 0) % n;
  for (let start = 0; start < total; start += pageSize) {
    const page = [];
    for (let i = start; i < Math.min(total, start + pageSize); i++) {
      page.push({
        id: i,
        sku: `P${rnd(5000)}`,
        warehouse: `W-${String(rnd(30)).padStart(2, '0')}`,
        quantity: rnd(400) - 200,
        unitCost: rnd(250000) / 100,
      });
    }
    await new Promise((resolve) => setImmediate(resolve));
    yield page;
  }
}
