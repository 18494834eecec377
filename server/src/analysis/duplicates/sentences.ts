// Sentences of a whitespace-free paragraph, and hashes of its sentence-aligned pieces, in one pass.
import { fnv, FNV_OFFSET, mix32 } from './hash';

const TERMINAL = 1;
const CLOSER = 2;
/** Character classes by UTF-16 code unit: a table lookup per character keeps the scan cheap. */
const CLASS = new Uint8Array(0x10000);
for (const ch of '。！？；!?;…') CLASS[ch.charCodeAt(0)] = TERMINAL;
// closing quotes and brackets belong to the sentence they follow
for (const ch of '”’）)」』】》') CLASS[ch.charCodeAt(0)] = CLOSER;

export interface Sentences {
  /**
   * Offsets just past each sentence (a run of terminals and the closers after it end one). The
   * last is always the text's length: a trailing fragment without a terminal counts as a sentence.
   */
  ends: number[];
  /** prefix[k]: the hash of text[0, ends[k]). */
  prefix: number[];
  /** sentence[k]: the hash of the k-th sentence, text[ends[k - 1], ends[k]). */
  sentence: number[];
}

/** Splits `text` into sentences and hashes (31-bit) every sentence and every sentence prefix. */
export function splitSentences(text: string): Sentences {
  const out: Sentences = { ends: [], prefix: [], sentence: [] };
  let whole = FNV_OFFSET;
  let piece = FNV_OFFSET;
  // 0 inside a sentence; TERMINAL in the run of terminals that ends it; CLOSER in the closers after them
  let ending = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (ending !== 0 && cls !== CLOSER && !(cls === TERMINAL && ending === TERMINAL)) {
      push(out, i, whole, piece);
      piece = FNV_OFFSET;
      ending = 0;
    }
    if (cls === TERMINAL && ending === 0) ending = TERMINAL;
    else if (cls === CLOSER && ending !== 0) ending = CLOSER;
    whole = fnv(whole, c);
    piece = fnv(piece, c);
  }
  push(out, text.length, whole, piece);
  return out;
}

function push(out: Sentences, end: number, whole: number, piece: number): void {
  out.ends.push(end);
  out.prefix.push(mix32(whole) & 0x7fffffff);
  out.sentence.push(mix32(piece) & 0x7fffffff);
}
