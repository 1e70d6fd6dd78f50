/**
 * The one-tap titles a resident can choose instead of typing, per category: the words live in the
 * locale files under `deliberation.titles.<CATEGORY>.<key>`, the keys (and their order) here.
 */
import type { Category, Translate } from './words';

export const COMMON_TITLES: Record<Category, readonly string[]> = {
  ELDERLY: ['handrail', 'mealPoint', 'mealDelivery', 'benches', 'healthCheck', 'dayCare', 'elevator', 'visits'],
  CHILDCARE: ['afterSchool', 'fridayEvening', 'holidayCamp', 'playground', 'playgroundRepair', 'homework', 'reading'],
  CONVENIENCE: [
    'streetLight',
    'bikeCharging',
    'parking',
    'rubbish',
    'expressLockers',
    'repairStall',
    'stairwellClutter',
    'waterPressure',
  ],
  OTHER: ['greenery', 'noise', 'security', 'pets', 'noticeBoard', 'activities'],
};

/** The titles of a category in the kiosk's language, in their order (none for an unknown one). */
export function commonTitles(category: string | null | undefined, t: Translate): string[] {
  const keys = (COMMON_TITLES as Record<string, readonly string[] | undefined>)[category ?? ''] ?? [];
  return keys.map((k) => t(`deliberation.titles.${category}.${k}`));
}
