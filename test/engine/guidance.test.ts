import type { Brand, Finding } from '../../src/engine';
import { BUILT_IN_BRANDS } from '../../src/engine';
import { buildGuidance, neverAsksSentence } from '../../src/engine/guidance';

const amazon = BUILT_IN_BRANDS.find((brand) => brand.id === 'amazon') as Brand;
const finding = (detectorId: string, messageId = 'x'): Finding => ({ detectorId, messageId, data: {}, severity: 'high', evidence: ['e'] });

describe('buildGuidance', () => {
  test('the first line says what to do now; without a report mailbox it points at Outlook’s Report button', () => {
    expect(buildGuidance('dangerous', undefined, [], { reportMailbox: true })[0]?.en).toBe('Don’t open its links or attachments and don’t reply. Report it, then delete it.');
    expect(buildGuidance('dangerous', undefined)[0]?.en).toContain('Outlook’s Report button');
    expect(buildGuidance('dangerous', undefined)[0]?.it).toContain('pulsante Segnala di Outlook');
    expect(buildGuidance('dangerous', undefined).map((line) => line.en).join(' ')).not.toMatch(/security team/);
  });

  test('each finding adds its own do or don’t: a callback scam says not to call, an OTP request never to share the code', () => {
    const lines = buildGuidance('dangerous', undefined, [finding('callback-lure'), finding('credential-request', 'code')]).map((line) => line.en);
    expect(lines[1]).toMatch(/^Don’t call the number in the message\./);
    expect(lines[2]).toMatch(/^Never share a verification code \(OTP\)/);
  });

  test('advice shared by several findings is said once, in the order of the strongest', () => {
    const lines = buildGuidance('suspicious', undefined, [finding('link-text-mismatch'), finding('suspicious-link'), finding('risky-attachment'), finding('brand-link-mismatch')]);
    expect(lines.map((line) => line.en)).toEqual([expect.stringMatching(/^Don’t act on it/), 'Don’t open its links. To visit a site, type its address yourself.', 'Don’t open the attachment.']);
  });

  test('the brand’s “never asks” list is one sentence, in both languages', () => {
    const brand: Brand = { ...amazon, neverAsks: ['password', 'otp', 'phone-call'], advice: undefined, safeUrl: undefined };
    expect(neverAsksSentence(brand)).toEqual({
      en: 'Amazon never asks by email for your password or a one-time code (OTP), or to call a number to cancel a charge.',
      it: 'Amazon non chiede mai via email la password o un codice monouso (OTP), né di chiamare un numero per annullare un addebito.',
    });
    const lines = buildGuidance('dangerous', brand, [], { reportMailbox: true });
    expect(lines.filter((line) => line.en.startsWith('Amazon never asks'))).toHaveLength(1);
  });

  test('a safe message gets one line that promises nothing', () => {
    const lines = buildGuidance('safe', amazon, [finding('callback-lure')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.it).toContain('Non è una garanzia');
  });

  test('Italian advice addresses the reader without gendered adjectives', () => {
    const all = buildGuidance('dangerous', amazon, ['callback-lure', 'credential-request', 'html-form', 'link-text-mismatch', 'risky-attachment', 'reply-to-mismatch', 'money-lure', 'internal-impersonation', 'urgency-pressure', 'account-alert-lure'].map((id) => finding(id, 'code')));
    for (const line of [...all, ...buildGuidance('safe', undefined), ...buildGuidance('suspicious', undefined), ...buildGuidance('caution', undefined)]) {
      expect(line.it).not.toMatch(/\b(attento|attenta|sicuro|sicura|preoccupato|preoccupata)\b/);
      expect(`${line.en} ${line.it}`).not.toMatch(/["']/);
    }
  });
});
