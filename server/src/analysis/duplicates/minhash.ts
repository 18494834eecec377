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
const STOCK_MARK = 1 << 30;

/**
 * Writes into out[offset, offset + BINS) the signature of the 3-grams hashes[from, to) that are
 * not stock (see `findStock`). Returns false, leaving all bins empty, when there is none.
 */
export function writeSignature(hashes: Int32Array, from: number, to: number, stock: Int32Array, out: Int32Array, offset: number): boolean {
  out.fill(EMPTY, offset, offset + BINS);
  for (let g = from; g < to; g++) {
    const h = hashes[g];
    // A stock 3-gram competes too, marked: it can only take a bin no other 3-gram reaches, which
    // then still counts as empty. Skipping it instead would be a branch that the processor, for
    // the many stock 3-grams of a text, mispredicts; so would a plain `if` keeping the minimum.
    const value = (h & VALUE_MASK) | (stockBit(stock, h) * STOCK_MARK);
    const bin = offset + (h >>> BIN_SHIFT);
    out[bin] = smaller(value, out[bin]);
  }
  const filled = firstFilledBin(out, offset);
  if (filled < 0) out.fill(EMPTY, offset, offset + BINS);
  else densify(out, offset, filled);
  return filled >= 0;
}

/** The smaller of two non-negative 31-bit integers, without a branch. */
function smaller(a: number, b: number): number {
  const d = a - b;
  return b + (d & (d >> 31));
}

function firstFilledBin(out: Int32Array, offset: number): number {
  for (let k = 0; k < BINS; k++) if (out[offset + k] <= VALUE_MASK) return k;
  return -1;
}

/**
 * Fills each empty bin (any value past VALUE_MASK) from the next filled bin to its right
 * (circularly), marked with the distance so that a borrowed value never equals a value of its
 * own. A borrowed value may pass 2^31 and read back negative: it is only ever compared for equality.
 */
function densify(out: Int32Array, offset: number, firstFilled: number): void {
  // past the last bin, "the next filled bin" wraps round to the first filled one
  let next = firstFilled + BINS;
  for (let k = BINS - 1; k >= 0; k--) {
    const v = out[offset + k];
    if (v <= VALUE_MASK) next = k;
    else out[offset + k] = out[offset + (next & (BINS - 1))] + (next - k) * (VALUE_MASK + 1);
  }
}

/** How many bins two signatures agree on. */
export function agreement(sig: Int32Array, a: number, b: number): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (sig[a + i] === sig[b + i]) same++;
  return same;
}
