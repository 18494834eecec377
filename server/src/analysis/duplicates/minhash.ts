// MinHash signatures of the non-stock character 3-grams of a text, by one-permutation hashing:
// each 3-gram is hashed once and competes only in the bin its hash selects, so a signature costs
// O(text length), not O(length x bins). Empty bins of short texts are filled from the next filled
// bin ("densification") so two similar short texts still agree bin by bin.
import { stockBit } from './stock';

/** Signature length. A power of two: a hash's top bits select its bin. */
export const BINS = 32;
const BIN_SHIFT = 27; // 32 - log2(BINS)
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
/** A bin no 3-gram has reached. Bins hold non-negative values until densified. */
const EMPTY = 0x7fffffff;
/** Set in a stock 3-gram's value: past every value of a 3-gram that counts, below EMPTY. */
const STOCK_MARK_BIT = 30;

/**
 * The bins of the signature being written. A module constant, unlike `out`, is an array the
 * optimised loop need not check again on every 3-gram.
 */
const bins = new Int32Array(BINS);

/**
 * Writes into out[offset, offset + BINS) the signature of the 3-grams hashes[from, to) that are
 * not stock (see `findStock`). Returns false, leaving all bins empty, when there is none.
 */
export function writeSignature(hashes: Int32Array, from: number, to: number, stock: Int32Array, out: Int32Array, offset: number): boolean {
  bins.fill(EMPTY);
  for (let g = from; g < to; g++) {
    const h = hashes[g];
    // A stock 3-gram competes too, marked: it can only take a bin no other 3-gram reaches, which
    // then still counts as empty. Skipping it instead would be a branch that the processor, for
    // the many stock 3-grams of a text, mispredicts; so would a plain `if` keeping the minimum.
    const value = (h & VALUE_MASK) | (stockBit(stock, h) << STOCK_MARK_BIT);
    const bin = h >>> BIN_SHIFT;
    bins[bin] = smaller(value, bins[bin]);
  }
  const filled = firstFilledBin();
  if (filled < 0) out.fill(EMPTY, offset, offset + BINS);
  else densify(filled, out, offset);
  return filled >= 0;
}

/** The smaller of two non-negative 31-bit integers, without a branch (nor an overflow check). */
function smaller(a: number, b: number): number {
  const d = (a - b) | 0;
  return (b + (d & (d >> 31))) | 0;
}

function firstFilledBin(): number {
  for (let k = 0; k < BINS; k++) if (bins[k] <= VALUE_MASK) return k;
  return -1;
}

/**
 * Copies the bins to out[offset...], filling each empty bin (any value past VALUE_MASK) from the
 * next filled bin to its right (circularly), marked with the distance so that a borrowed value
 * never equals a value of its own. A borrowed value may pass 2^31 and read back negative: it is
 * only ever compared for equality.
 */
function densify(firstFilled: number, out: Int32Array, offset: number): void {
  // past the last bin, "the next filled bin" wraps round to the first filled one
  let next = firstFilled + BINS;
  for (let k = BINS - 1; k >= 0; k--) {
    const v = bins[k];
    if (v <= VALUE_MASK) {
      next = k;
      out[offset + k] = v;
    } else out[offset + k] = bins[next & (BINS - 1)] + (next - k) * (VALUE_MASK + 1);
  }
}

/** How many bins two signatures agree on. */
export function agreement(sig: Int32Array, a: number, b: number): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (sig[a + i] === sig[b + i]) same++;
  return same;
}
