'use strict';
// k-means over the readings' (temperature, humidity, pressure) vectors: a plain numeric
// loop over typed arrays.

function kmeans(values, count, k, iterations) {
  const centroids = new Float64Array(k * 3);
  for (let c = 0; c < k; c++) {
    const i = Math.floor((c * count) / k);
    centroids.set(values.subarray(i * 3, i * 3 + 3), c * 3);
  }
  const assignment = new Uint8Array(count);
  const sums = new Float64Array(k * 3);
  const sizes = new Uint32Array(k);
  for (let iter = 0; iter < iterations; iter++) {
    sums.fill(0);
    sizes.fill(0);
    for (let i = 0; i < count; i++) {
      const x = values[i * 3];
      const y = values[i * 3 + 1];
      const z = values[i * 3 + 2];
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const dx = x - centroids[c * 3];
        const dy = y - centroids[c * 3 + 1];
        const dz = (z - centroids[c * 3 + 2]) * 0.5;
        const d = dx * dx + dy * dy + dz * dz;
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      assignment[i] = best;
      sizes[best] += 1;
      sums[best * 3] += x;
      sums[best * 3 + 1] += y;
      sums[best * 3 + 2] += z;
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue;
      centroids[c * 3] = sums[c * 3] / sizes[c];
      centroids[c * 3 + 1] = sums[c * 3 + 1] / sizes[c];
      centroids[c * 3 + 2] = sums[c * 3 + 2] / sizes[c];
    }
  }
  return { centroids, assignment, sizes };
}

module.exports = { kmeans };
