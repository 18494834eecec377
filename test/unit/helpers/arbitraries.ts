// fast-check generators of article-like text: Chinese words and punctuation, digits and units,
// Latin words, spaces, every kind of line break, blank lines, form feeds and surrogate pairs.
import fc from 'fast-check';

const pieces = [
  '医院', '党建', '引领', '发展', '患者', '服务', '西峡县人民医院', '砥砺', '奋进', '质量', '提升', '中心',
  '。', '，', '、', '；', '：', '“', '”', '《', '》', '（', '）', '……', '——', '！', '？',
  '2021', '年', '10', '月', '14', '日', '7亿元', '14.2', '万', '平方米', '95%', '1,000',
  'CT', 'PCI', 'and', 'VTE', ' ', '  ', ' ', '\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n\n\n', '\f', '\t',
  '𠀀', '😀', 'e\u0301', '(', ')', ',', ':', '□', '文/图', '图片由', '提供',
];

/** A short line of article text, possibly with damage in it. */
const line = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 30 }).map((xs) => xs.join(''));

/** A whole article-like text. */
export const articleText = fc.array(line, { minLength: 0, maxLength: 25 }).map((ls) => ls.join('\n'));

/** Text made of anything at all, control characters and lone surrogates included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 300 });
