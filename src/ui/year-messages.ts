// The year control's messages in az, ru and en (first screen: kept to the control's few words).
import type { Catalogue } from '../views/i18n';

const en = {
  title: 'Year on the map',
  prev: 'Previous year',
  next: 'Next year',
  play: 'Play',
  pause: 'Pause',
  scale: 'Widths show',
  'scale.cargo': 'cargo carried',
  'scale.capacity': 'capacity',
} as const;

export type YearKey = keyof typeof en;

const az: Record<YearKey, string> = {
  title: 'Xəritədə il',
  prev: 'Əvvəlki il',
  next: 'Növbəti il',
  play: 'Oynat',
  pause: 'Dayandır',
  scale: 'Eni göstərir',
  'scale.cargo': 'daşınan yük',
  'scale.capacity': 'buraxılış qabiliyyəti',
};

const ru: Record<YearKey, string> = {
  title: 'Год на карте',
  prev: 'Предыдущий год',
  next: 'Следующий год',
  play: 'Пуск',
  pause: 'Пауза',
  scale: 'Толщина линий',
  'scale.cargo': 'перевезённый груз',
  'scale.capacity': 'мощность',
};

export const YEAR_MESSAGES: Catalogue<YearKey> = { en, az, ru };
