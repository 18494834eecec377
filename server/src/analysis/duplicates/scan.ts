// One pass over the compared blocks' texts: whitespace is dropped, and every remaining code unit
// is at once copied, hashed into its text's and its sentence's hashes, cut into sentences and
// hashed into 3-grams. Reading each text once, rather than once per use, is most of the cost saved.
//
// The loop is a plain function over typed and plain arrays, not a method: optimised code that
// reads an object depends on the object's hidden class, which dies with the objects once an
// analysis is over, and the next analysis would start again in the interpreter.
import { Grams } from './grams';
import { fnv, FNV_OFFSET, gramHash, hash31 } from './hash';
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
  grams: Grams;
  sentences: Sentences;
}

/** Scans the texts raw[i] for which `compared(i)`; the others count as empty, with no sentence. */
export function scanTexts(raw: readonly string[], compared: (i: number) => boolean): ScannedTexts {
  const n = raw.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (compared(i)) total += raw[i].length;
  const codes = new Uint16Array(total);
  const gramHashes = new Int32Array(total);
  const starts = new Int32Array(n);
  const lengths = new Int32Array(n);
  const hashes = new Int32Array(n);
  const gramFrom = new Int32Array(n);
  const gramTo = new Int32Array(n);
  const firstSentence = new Int32Array(n);
  const sentenceCount = new Int32Array(n);
  const found: SentenceLists = { ends: [], prefix: [], sentence: [] };
  let at = 0;
  let gram = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    gramFrom[i] = gram;
    firstSentence[i] = found.ends.length;
    if (compared(i)) {
      lengths[i] = scanText(raw[i], codes, at, gramHashes, gram, found);
      hashes[i] = found.prefix[found.prefix.length - 1];
      at += lengths[i];
      gram += Math.max(0, lengths[i] - 2);
    }
    gramTo[i] = gram;
    sentenceCount[i] = found.ends.length - firstSentence[i];
  }
  return {
    texts: new StrippedTexts(codes, starts, lengths, hashes, raw),
    grams: new Grams(gramHashes, gramFrom, gramTo),
    sentences: new Sentences(found.ends, found.prefix, found.sentence, firstSentence, sentenceCount),
  };
}

/** The sentences of the texts scanned so far, as in `Sentences`. */
interface SentenceLists {
  ends: number[];
  prefix: number[];
  sentence: number[];
}

/**
 * Copies `text` without whitespace to codes[at...], its 3-gram hashes to grams[gram...], and adds
 * its sentences to `found`; returns its length without whitespace.
 */
function scanText(text: string, codes: Uint16Array, at: number, grams: Int32Array, gram: number, found: SentenceLists): number {
  let n = 0;
  let whole = FNV_OFFSET; // the text so far
  let piece = FNV_OFFSET; // its current sentence so far
  let ending = INSIDE;
  let c0 = 0; // the two code units before c
  let c1 = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const kind = KIND[c];
    // most characters are neither whitespace, nor a sentence mark, nor just after one
    if ((kind | ending) !== 0) {
      if (kind === SPACE) continue;
      if (endsBefore(ending, kind)) {
        addSentence(found, n, whole, piece);
        piece = FNV_OFFSET;
        ending = INSIDE;
      }
      ending = endingAfter(ending, kind);
    }
    whole = fnv(whole, c);
    piece = fnv(piece, c);
    if (n >= 2) grams[gram++] = gramHash(c0, c1, c);
    c0 = c1;
    c1 = c;
    codes[at + n++] = c;
  }
  addSentence(found, n, whole, piece);
  return n;
}

function addSentence(found: SentenceLists, end: number, whole: number, piece: number): void {
  found.ends.push(end);
  found.prefix.push(hash31(whole));
  found.sentence.push(hash31(piece));
}
