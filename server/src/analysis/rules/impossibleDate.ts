// `impossible-date`: a date that no calendar has (`2月30日`, `13月`).
import { isImpossibleDate } from '../entities';
import type { Finding } from '../types';
import type { Rule } from './rule';

export const impossibleDate: Rule = {
  id: 'impossible-date',
  defaultSeverity: 'error',
  fixAll: false,
  description: { en: 'A date that does not exist.', zh: '不存在的日期。' },
  check({ entities }) {
    const out: Finding[] = [];
    for (const e of entities) {
      if (!isImpossibleDate(e)) continue;
      out.push({ rule: 'impossible-date', span: e.span, message: { en: `“${e.text}” is not a real date.`, zh: `“${e.text}”不是有效日期。` } });
    }
    return out;
  },
};
