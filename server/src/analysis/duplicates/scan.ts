// One pass over the compared blocks' texts: whitespace is dropped, and every remaining code unit
// is at once copied, hashed into its text's and its sentence's hashes, cut into sentences and
// hashed into 3-grams. Reading each text once, rather than once per use, is most of the cost saved.
import { Grams } from './grams';
import { fnv, FNV_OFFSET, gramHash, hash31 } from './hash';
import { endingAfter, endsBefore, INSIDE, Sentences } from './sentences';
import { StrippedTexts } from './stripped';

/** 1 for the code units `stripWhitespace` removes (JavaScript's \s), read once from the regex itself. */
const WHITESPACE = new Uint8Array(0x10000);
for (const m of everyCodeUnit().matchAll(/\s/g)) WHITESPACE[m.index] = 1;

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
  return new Scanner(raw, compared).result();
}

class Scanner {
  private readonly codes: Uint16Array;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly hashes: Int32Array;
  private readonly gramHashes: Int32Array;
  private readonly gramFrom: Int32Array;
  private readonly gramTo: Int32Array;
  private readonly sentences: Sentences;
  /** Where the next text's code units and 3-grams go. */
  private at = 0;
  private gram = 0;

  constructor(
    private readonly raw: readonly string[],
    compared: (i: number) => boolean,
  ) {
    const n = raw.length;
    let total = 0;
    for (let i = 0; i < n; i++) if (compared(i)) total += raw[i].length;
    this.codes = new Uint16Array(total);
    this.gramHashes = new Int32Array(total);
    this.starts = new Int32Array(n);
    this.lengths = new Int32Array(n);
    this.hashes = new Int32Array(n);
    this.gramFrom = new Int32Array(n);
    this.gramTo = new Int32Array(n);
    this.sentences = new Sentences(n);
    for (let i = 0; i < n; i++) {
      this.starts[i] = this.at;
      this.gramFrom[i] = this.gram;
      if (compared(i)) this.scan(i);
      this.gramTo[i] = this.gram;
    }
  }

  result(): ScannedTexts {
    return {
      texts: new StrippedTexts(this.codes, this.starts, this.lengths, this.hashes, this.raw),
      grams: new Grams(this.gramHashes, this.gramFrom, this.gramTo),
      sentences: this.sentences,
    };
  }

  private scan(item: number): void {
    const text = this.raw[item];
    const { codes, gramHashes, sentences } = this;
    const start = this.at;
    let gram = this.gram;
    let n = 0;
    let whole = FNV_OFFSET; // the text so far
    let piece = FNV_OFFSET; // its current sentence so far
    let ending = INSIDE;
    let c0 = 0; // the two code units before c
    let c1 = 0;
    sentences.begin(item);
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (WHITESPACE[c]) continue;
      if (endsBefore(ending, c)) {
        sentences.add(item, n, hash31(whole), hash31(piece));
        piece = FNV_OFFSET;
        ending = INSIDE;
      }
      ending = endingAfter(ending, c);
      whole = fnv(whole, c);
      piece = fnv(piece, c);
      if (n >= 2) gramHashes[gram++] = gramHash(c0, c1, c);
      c0 = c1;
      c1 = c;
      codes[start + n++] = c;
    }
    sentences.add(item, n, hash31(whole), hash31(piece));
    this.hashes[item] = hash31(whole);
    this.lengths[item] = n;
    this.at = start + n;
    this.gram = gram;
  }
}
