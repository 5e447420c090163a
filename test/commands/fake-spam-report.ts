import type { LoadedPolicy, SpamReportCompletion, SpamReportEnvironment, SpamReportEventLike } from '../../src/office/report';
import type { MessageItemLike } from '../../src/office/office-item';
import type { Policy } from '../../src/engine';
import { DEFAULT_POLICY } from '../../src/engine';

/** A small phishing message written for these tests: a fake Amazon alert whose link goes elsewhere. */
export const PHISHING_EML = [
  'From: "Amazon Sicurezza" <alert@amaz0n-verifica.com>',
  'To: mario.rossi@acme.it',
  'Subject: Il tuo account Amazon è stato sospeso',
  'Date: Tue, 24 Nov 2026 09:12:00 +0100',
  'Message-ID: <fake-1@amaz0n-verifica.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Abbiamo rilevato un accesso non autorizzato. Verifica subito il tuo account entro 24 ore inserendo la password e il codice OTP:</p>',
  '<p><a href="http://amaz0n-login.example.ru/verify">https://www.amazon.it/account</a></p>',
  '',
].join('\r\n');

export const toBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

export interface FakeEvent extends SpamReportEventLike {
  readonly calls: SpamReportCompletion[];
}

export function fakeEvent(options: readonly boolean[] = [true, false, false, false, false], freeText = 'Sembra falso'): FakeEvent {
  const calls: SpamReportCompletion[] = [];
  return { type: 'SpamReporting', options, freeText, calls, completed: (completion) => void calls.push(completion) };
}

export function fakeItem(eml: string | Error = PHISHING_EML): MessageItemLike {
  return {
    itemType: 'message',
    subject: 'Il tuo account Amazon è stato sospeso',
    from: { displayName: 'Amazon Sicurezza', emailAddress: 'alert@amaz0n-verifica.com' },
    internetMessageId: '<fake-1@amaz0n-verifica.com>',
    body: { getAsync: (_type, callback) => callback({ status: 'failed', value: '', error: { message: 'not used' } }) },
    getAsFileAsync: (callback) => {
      setTimeout(() => {
        if (eml instanceof Error) callback({ status: 'failed', value: '', error: { message: eml.message } });
        else callback({ status: 'succeeded', value: toBase64(eml) });
      }, 1);
    },
  };
}

export function environment(item: MessageItemLike | null = fakeItem(), displayLanguage = 'en-US'): SpamReportEnvironment {
  return { item, displayLanguage, policyUrl: 'https://addin.acme.it/policy.json' };
}

export function policyWith(report: Partial<Policy['report']>): (url: string) => Promise<LoadedPolicy> {
  return () => Promise.resolve({ policy: { ...DEFAULT_POLICY, report: { ...DEFAULT_POLICY.report, ...report } }, source: 'file', problems: [] });
}

export const quietLog = { error: jest.fn(), warn: jest.fn() };
