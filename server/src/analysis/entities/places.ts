// Place names from the gazetteer, in full (`平顶山市`) and short (`平顶山`, `上海`, `宝丰`) forms.
import { PLACE_NAMES } from './gazetteer.generated';

const SUFFIX = /(自治区|自治州|自治县|自治旗|特别行政区|地区|林区|省|市|县|区|盟|旗)$/;

/**
 * The name without its administrative suffix, as places are written in hospital and university
 * names (`上海东方肝胆外科医院`, `郑州大学`). Autonomous areas keep their first two characters, the
 * place before the nationality (`三江侗族自治县` -> `三江`), which is how they are shortened.
 */
export function shortForm(name: string): string | undefined {
  const m = SUFFIX.exec(name);
  if (!m) return undefined;
  let short = name.slice(0, m.index);
  if (m[1].startsWith('自治')) short = short === '内蒙古' ? short : short.slice(0, 2);
  return short.length >= 2 ? short : undefined;
}

/** A trie of names read backwards, so that the names ending at a position are found in one walk. */
interface Node {
  next: Map<number, Node>;
  /** Whether a name, in full or short, starts here (read backwards: ends here). */
  isName?: true;
}

class Gazetteer {
  private readonly root: Node = { next: new Map() };

  constructor(names: readonly string[]) {
    for (const name of names) {
      this.add(name);
      const s = shortForm(name);
      if (s) this.add(s);
    }
  }

  private add(name: string): void {
    let node = this.root;
    for (let i = name.length - 1; i >= 0; i--) {
      const c = name.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.isName = true;
  }

  /**
   * Where the longest place name that ends at `end` and starts at or after `min` starts. A number,
   * not an object: hospital names ask this several times each.
   */
  startOfNameEndingAt(text: string, end: number, min = 0): number | undefined {
    let node: Node | undefined = this.root;
    let found: number | undefined;
    for (let i = end - 1; i >= min && node; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.isName && end - i >= 2) found = i;
    }
    return found;
  }

  /** Where places written one after the other (`河南省郑州市`, `上海东方`) and ending at `end` start. */
  startOfChainEndingAt(text: string, end: number, min = 0): number | undefined {
    let start = this.startOfNameEndingAt(text, end, min);
    if (start === undefined) return undefined;
    for (let before = this.startOfNameEndingAt(text, start, min); before !== undefined; before = this.startOfNameEndingAt(text, start, min)) {
      start = before;
    }
    return start;
  }
}

export const gazetteer = new Gazetteer(PLACE_NAMES);
