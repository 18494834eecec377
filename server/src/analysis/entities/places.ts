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

/** How a place is written: in full, with its suffix, or in its short form. */
export interface PlaceMatch {
  start: number;
  end: number;
  full: boolean;
}

/** A trie of names read backwards, so that the names ending at a position are found in one walk. */
interface Node {
  next: Map<number, Node>;
  /** Whether a name starts here (read backwards: ends here), and in which form. */
  name?: 'full' | 'short';
}

class Gazetteer {
  private readonly root: Node = { next: new Map() };

  constructor(names: readonly string[]) {
    for (const name of names) {
      this.add(name, 'full');
      const s = shortForm(name);
      if (s) this.add(s, 'short');
    }
  }

  private add(name: string, form: 'full' | 'short'): void {
    let node = this.root;
    for (let i = name.length - 1; i >= 0; i--) {
      const c = name.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    if (node.name !== 'full') node.name = form;
  }

  /** The longest place name that ends at `end` and starts at or after `min`. */
  endingAt(text: string, end: number, min = 0): PlaceMatch | undefined {
    let node: Node | undefined = this.root;
    let found: PlaceMatch | undefined;
    for (let i = end - 1; i >= min && node; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.name && end - i >= 2) found = { start: i, end, full: node.name === 'full' };
    }
    return found;
  }

  /** Places written one after the other (`河南省郑州市`, `上海东方`), ending at `end`. */
  chainEndingAt(text: string, end: number, min = 0): PlaceMatch | undefined {
    let place = this.endingAt(text, end, min);
    if (!place) return undefined;
    for (let before = this.endingAt(text, place.start, min); before; before = this.endingAt(text, place.start, min)) {
      place = { start: before.start, end: place.end, full: place.full };
    }
    return place;
  }
}

export const gazetteer = new Gazetteer(PLACE_NAMES);
