// The share and embed controls' messages in az, ru and en (same keys in each).
import type { Catalogue } from '../views/i18n';

const en = {
  share: 'Share',
  copied: 'Link copied',
  shared: 'Link shared',
  manual: 'Copy this link',
  embed: 'Embed',
  embedCode: 'HTML to embed this view',
  copy: 'Copy',
  codeCopied: 'Embed code copied',
  codeManual: 'Select the code and copy it',
  frameTitle: 'Corridor Atlas map',
} as const;

export type ShareKey = keyof typeof en;

const az: Record<ShareKey, string> = {
  share: 'Paylaş',
  copied: 'Keçid kopyalandı',
  shared: 'Keçid paylaşıldı',
  manual: 'Bu keçidi kopyalayın',
  embed: 'Yerləşdir',
  embedCode: 'Bu görünüşü yerləşdirmək üçün HTML',
  copy: 'Kopyala',
  codeCopied: 'Yerləşdirmə kodu kopyalandı',
  codeManual: 'Kodu seçib kopyalayın',
  frameTitle: 'Corridor Atlas xəritəsi',
};

const ru: Record<ShareKey, string> = {
  share: 'Поделиться',
  copied: 'Ссылка скопирована',
  shared: 'Ссылка отправлена',
  manual: 'Скопируйте эту ссылку',
  embed: 'Встроить',
  embedCode: 'HTML для встраивания этого вида',
  copy: 'Копировать',
  codeCopied: 'Код для встраивания скопирован',
  codeManual: 'Выделите код и скопируйте его',
  frameTitle: 'Карта Corridor Atlas',
};

export const SHARE_MESSAGES: Catalogue<ShareKey> = { en, az, ru };
