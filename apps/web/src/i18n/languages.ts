import { storage, STORAGE_KEYS } from '@/lib/storage';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Used when neither the user's choice nor the browser names a language we have. */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The remembered choice first, then the browser's preferred languages in order. */
export function detectLanguage(): Language {
  const remembered = storage.get(STORAGE_KEYS.language);
  if (isLanguage(remembered)) return remembered;
  for (const tag of browserLanguages()) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/**
 * The locale for Intl: the browser's own regional variant when it matches the language
 * (fr-CA, en-GB), else the language's usual one.
 */
export function intlLocale(language: string): string {
  const regional = browserLanguages().find((tag) => tag?.toLowerCase().startsWith(`${language}-`));
  if (regional) return regional;
  return language === 'fr' ? 'fr-FR' : language === 'en' ? 'en-GB' : language;
}
