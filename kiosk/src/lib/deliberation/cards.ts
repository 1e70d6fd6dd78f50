/** A matter card's estimated height from the words it will show (see board.ts's cardHeight). */
import { cardHeight } from './board';
import { categoryWords, clockWords, stepDay, stepWords, type Translate } from './words';

export interface CardMatter {
  title: string;
  category: string;
  status: string;
  urgency?: string | null;
  dueDay?: string | null;
  latest?: { kind: string; text?: string | null; at: string } | null;
  answer?: string | null;
  suggesters?: number;
}

export function matterCardHeight(m: CardMatter, t: Translate, lang: string | null | undefined, year: string): number {
  const meta = [
    categoryWords(m.category, t),
    clockWords(m, t, lang, year) ?? '',
    m.suggesters ? t('deliberation.suggesters', { values: { count: m.suggesters } }) : '',
  ].join(' ');
  const latest = m.latest ? `${stepDay(m.latest, lang, year)} ${stepWords(m.latest, m, t, lang, year)}` : null;
  return cardHeight({ title: m.title, meta, latest, answer: m.answer ?? null });
}
