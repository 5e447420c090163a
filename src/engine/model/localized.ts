/** The languages the pane speaks. Detectors read more languages (see lexicon/), but explain in these. */
export const UI_LANGUAGES = ['en', 'it'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A text in every UI language; templates use {name} placeholders filled from a finding's data. */
export type Localized = Readonly<Record<UiLanguage, string>>;

/** Fills {name} placeholders: formatTemplate('sent from {domain}', { domain: 'x.com' }) => 'sent from x.com'. */
export function formatTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}
