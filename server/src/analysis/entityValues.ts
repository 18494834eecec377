// What an entity means, in words and plain values: shared by hover, export and the CLI.
import type { Entity, Message } from './types';

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The normalised value as one string: `2021-10-14`, `700000000 元`, `西峡县人民医院`. */
export function entityValue(e: Entity): string {
  if (e.kind === 'hospital') return e.canonical ?? e.text;
  if (e.kind === 'date') return e.iso ?? '';
  return `${e.approx ? '≈' : ''}${e.value ?? ''}${e.unit ? ' ' + e.unit : ''}`;
}

function grouped(n: number): string {
  const [int, frac] = String(n).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** A one-line explanation for a hover. */
export function describeEntity(e: Entity, mentions: number): Message {
  if (e.kind === 'hospital') {
    const name = e.canonical ?? e.text;
    return { en: `Hospital: ${name} — mentioned ${mentions} time${mentions === 1 ? '' : 's'} in this file`, zh: `医院：${name}——本文共提及 ${mentions} 次` };
  }
  if (e.kind === 'date') {
    const iso = e.iso ?? '';
    const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`).getUTCDay() : -1;
    const inferred = e.inferred ? { en: ' (year taken from the article)', zh: '（年份据上下文推定）' } : { en: '', zh: '' };
    const lunar = e.lunar ? { en: `, lunar ${e.lunar}`, zh: `，农历${e.lunar}` } : { en: '', zh: '' };
    return {
      en: `Date: ${iso}${day >= 0 ? ', ' + WEEKDAYS_EN[day] : ''}${lunar.en}${inferred.en}`,
      zh: `日期：${iso}${day >= 0 ? '，' + WEEKDAYS_ZH[day] : ''}${lunar.zh}${inferred.zh}`,
    };
  }
  const value = e.value !== undefined ? grouped(e.value) : '?';
  const approx = e.approx ? { en: ' (approximate)', zh: '（约数）' } : { en: '', zh: '' };
  return { en: `Figure: ${value} ${e.unit ?? ''}${approx.en}`, zh: `数量：${value} ${e.unit ?? ''}${approx.zh}` };
}

/** How many mentions refer to the same hospital as `e`. */
export function sameHospital(entities: Entity[], e: Entity): Entity[] {
  const key = e.canonical ?? e.text;
  return entities.filter((x) => x.kind === 'hospital' && (x.canonical ?? x.text) === key);
}
