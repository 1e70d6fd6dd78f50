import { pinyin } from 'pinyin-pro';

/**
 * A name's search keys: pinyin initials (张秀英 → zxy) and full pinyin (zhangxiuying), lower
 * case, without tones; surnames read as surnames (曾 → zeng, 单 → shan). Other characters
 * (Latin letters, digits) are kept as they are, lower-cased.
 */
export function nameKeys(name: string): { initials: string; pinyin: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { initials: syllables.map((s) => s[0]).join(''), pinyin: syllables.join('') };
}
