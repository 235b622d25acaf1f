// The update prompt's messages in az, ru and en (same keys in each).
import type { Catalogue } from '../views/i18n';

const en = {
  available: 'Update available',
  reload: 'Reload',
  later: 'Later',
} as const;

export type PwaKey = keyof typeof en;

const az: Record<PwaKey, string> = {
  available: 'Yeniləmə var',
  reload: 'Yenidən yüklə',
  later: 'Sonra',
};

const ru: Record<PwaKey, string> = {
  available: 'Доступно обновление',
  reload: 'Перезагрузить',
  later: 'Позже',
};

export const PWA_MESSAGES: Catalogue<PwaKey> = { en, az, ru };
