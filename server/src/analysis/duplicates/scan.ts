// One pass over the compared blocks' texts: whitespace is dropped, and every remaining code unit
// is at once copied, hashed into its text's and its sentence's hashes and cut into sentences.
// Reading each string once, rather than once per use, is most of the cost saved; the near-repeat
// search hashes the 3-grams from the copies (see grams.ts).
//
// The loop is a plain function, not a method: optimised code that
// reads an object depends on the object's hidden class, which dies with the objects once an
// analysis is over, and the next analysis would start again in the interpreter.
import { fnv, FNV_OFFSET, hash31 } from './hash';
import { CLOSER, CLOSERS, endingAfter, endsBefore, INSIDE, Sentences, TERMINAL, TERMINALS } from './sentences';
import { StrippedTexts } from './stripped';

/**
 * What each UTF-16 code unit is to the scan: 0 for most, TERMINAL or CLOSER for sentence marks,
 * SPACE for what `stripWhitespace` removes (JavaScript's \s, read once from the regex itself).
 */
const KIND = new Uint8Array(0x10000);
const SPACE = 3;
for (const ch of TERMINALS) KIND[ch.charCodeAt(0)] = TERMINAL;
for (const ch of CLOSERS) KIND[ch.charCodeAt(0)] = CLOSER;
for (const m of everyCodeUnit().matchAll(/\s/g)) KIND[m.index] = SPACE;

function everyCodeUnit(): string {
  const chunks: string[] = [];
  for (let c = 0; c < 0x10000; c += 0x1000) chunks.push(String.fromCharCode(...Array.from({ length: 0x1000 }, (_, k) => c + k)));
  return chunks.join('');
}

export interface ScannedTexts {
  texts: StrippedTexts;
  sentences: Sentences;
}

/** Scans the texts raw[i] for which `compared(i)`; the others count as empty, with no sentence. */
export function scanTexts(raw: readonly string[], compared: (i: number) => boolean): ScannedTexts {
  const n = raw.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (compared(i)) total += raw[i].length;
  const codes = new Uint16Array(total);
  const starts = new Int32Array(n);
  const lengths = new Int32Array(n);
  const hashes = new Int32Array(n);
  const firstSentence = new Int32Array(n);
  const sentenceCount = new Int32Array(n);
  const found: SentenceLists = { ends: new Int32Array(64), prefix: new Int32Array(64), sentence: new Int32Array(64), count: 0 };
  let at = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    firstSentence[i] = found.count;
    if (compared(i)) {
      lengths[i] = scanText(raw[i], codes, at, found);
      hashes[i] = found.prefix[found.count - 1];
      at += lengths[i];
    }
    sentenceCount[i] = found.count - firstSentence[i];
  }
  return {
    texts: new StrippedTexts(codes, starts, lengths, hashes, raw),
    sentences: new Sentences(found.ends.subarray(0, found.count), found.prefix.subarray(0, found.count), found.sentence.subarray(0, found.count), firstSentence, sentenceCount),
  };
}

/** The `count` sentences of the texts scanned so far, as in `Sentences`, in arrays grown by doubling. */
interface SentenceLists {
  ends: Int32Array;
  prefix: Int32Array;
  sentence: Int32Array;
  count: number;
}

/**
 * Copies `text` without whitespace to codes[at...] and adds its sentences to `found`; returns its
 * length without whitespace.
 */
function scanText(text: string, codes: Uint16Array, at: number, found: SentenceLists): number {
  let n = at;
  let whole = FNV_OFFSET; // the text so far
  let piece = FNV_OFFSET; // its current sentence so far
  let ending = INSIDE;
  let k = 0;
  while (k < text.length) {
    const c = text.charCodeAt(k++);
    const kind = KIND[c];
    if (kind === SPACE) continue;
    if (endsBefore(ending, kind)) {
      addSentence(found, n - at, whole, piece);
      piece = FNV_OFFSET;
      ending = INSIDE;
    }
    ending = endingAfter(ending, kind);
    whole = fnv(whole, c);
    piece = fnv(piece, c);
    codes[n++] = c;
    if (ending !== INSIDE) continue;
    // Then the characters that are neither whitespace nor a sentence mark, most of any text: in a
    // loop of their own, which the optimiser keeps free of the sentence bookkeeping, they take
    // about a third less time.
    while (k < text.length) {
      const d = text.charCodeAt(k);
      if (KIND[d] !== 0) break;
      whole = fnv(whole, d);
      piece = fnv(piece, d);
      codes[n++] = d;
      k++;
    }
  }
  addSentence(found, n - at, whole, piece);
  return n - at;
}

function addSentence(found: SentenceLists, end: number, whole: number, piece: number): void {
  if (found.count === found.ends.length) {
    found.ends = grown(found.ends);
    found.prefix = grown(found.prefix);
    found.sentence = grown(found.sentence);
  }
  found.ends[found.count] = end;
  found.prefix[found.count] = hash31(whole);
  found.sentence[found.count++] = hash31(piece);
}

function grown(list: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * list.length);
  bigger.set(list);
  return bigger;
}

