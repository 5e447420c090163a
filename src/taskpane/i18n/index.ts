import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../engine';
import type { Catalog } from './catalog';
import { en } from './en';
import { it } from './it';

export type { Catalog } from './catalog';
export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en, it };

/** 'it-IT' => 'it', 'it' => 'it', 'de-DE' => 'en' (English is the fallback for languages without a catalog). */
export function pickLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'it' ? 'it' : 'en';
}

export interface I18n {
  readonly lang: UiLanguage;
  readonly t: Catalog;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: en });
export const useI18n = (): I18n => useContext(I18nContext);
