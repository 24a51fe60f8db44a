// User-facing text comes in Chinese and English; the host passes the locale (VS Code's display
// language through LSP's initialize.locale, or LANG for the command line).

export type Locale = 'zh' | 'en';

/**
 * 'en', 'en-US' (VS Code), 'en_US.UTF-8' (LANG) → English; anything else (zh-cn, zh_CN.UTF-8, C,
 * unset) → Chinese, the product's language.
 */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^en(?:[-_.@]|$)/i.test(tag) ? 'en' : 'zh';
}

export interface Text {
  zh: string;
  en: string;
}

export function pick(locale: Locale, text: Text): string {
  return locale === 'en' ? text.en : text.zh;
}
