// A small seeded PRNG (mulberry32) and the draws the tree generator needs. The same seed
// always gives the same sequence, on every machine and Node version.

/** Returns a function that yields uniform 32-bit unsigned integers. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export class Random {
  constructor(seed) {
    this.nextUint32 = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float() {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability) {
    return this.float() < probability;
  }

  pick(list) {
    return list[Math.floor(this.float() * list.length)];
  }

  /** Picks from `list` with weight 1/(rank+1) (Zipf-like), so early items are common. */
  pickZipf(list) {
    const weights = zipfTable(list.length);
    const target = this.float() * weights[weights.length - 1];
    let low = 0;
    let high = weights.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (weights[middle] <= target) low = middle + 1;
      else high = middle;
    }
    return list[low];
  }

  /** Log-normal: `median` is the middle value, `sigma` the spread of its logarithm. */
  logNormal(median, sigma) {
    const u = 1 - this.float();
    const v = this.float();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * normal);
  }

  /** A seed for an independent generator, so one file's bytes never depend on another's. */
  seed() {
    return this.nextUint32();
  }

  /** `size` incompressible bytes. */
  bytes(size) {
    const buffer = Buffer.alloc(Math.ceil(size / 4) * 4);
    for (let offset = 0; offset < buffer.length; offset += 4) {
      buffer.writeUInt32LE(this.nextUint32(), offset);
    }
    return buffer.subarray(0, size);
  }
}

const zipfTables = new Map();

/** Cumulative weights 1/1, 1/2, ... 1/n, cached by length. */
function zipfTable(length) {
  let table = zipfTables.get(length);
  if (table === undefined) {
    table = new Float64Array(length);
    let sum = 0;
    for (let rank = 0; rank < length; rank++) {
      sum += 1 / (rank + 1);
      table[rank] = sum;
    }
    zipfTables.set(length, table);
  }
  return table;
}
