// Renders pane components the way the entry does: Fluent theme + language.
import { webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Finding, Report, UiLanguage } from '../../src/engine';
import { BUILT_IN_BRANDS, DETECTORS, formatTemplate } from '../../src/engine';
import { Shell } from '../../src/taskpane/Shell';

export function renderPane(ui: ReactElement, lang: UiLanguage = 'en'): ReturnType<typeof render> {
  return render(
    <Shell lang={lang} theme={webLightTheme}>
      {ui}
    </Shell>,
  );
}

/** A finding from a real detector, with its first message id and every placeholder filled. */
export function findingOf(detectorId: string, severity: Finding['severity'], evidence: string[], value = 'example.top'): Finding {
  const detector = DETECTORS.find((d) => d.id === detectorId);
  if (!detector) throw new Error(`no detector ${detectorId}`);
  const [messageId, wording] = Object.entries(detector.messages)[0] as [string, { en: string }];
  const data: Record<string, string> = {};
  for (const match of wording.en.matchAll(/\{(\w+)\}/g)) if (match[1]) data[match[1]] = `${match[1]}-${value}`;
  return { detectorId, messageId, data, severity, evidence };
}

export function sentenceOf(finding: Finding, lang: UiLanguage): string {
  const detector = DETECTORS.find((d) => d.id === finding.detectorId);
  return formatTemplate(detector?.messages[finding.messageId]?.[lang] ?? '', finding.data);
}

export const AMAZON = BUILT_IN_BRANDS.find((b) => b.id === 'amazon');

export function reportOf(partial: Partial<Report>): Report {
  return { verdict: 'safe', score: 0, findings: [], guidance: [], errors: [], limitsHit: [], unavailable: [], ...partial };
}
