import type { MailMessage, Report } from '../../../src/engine';
import { analyze, DEFAULT_POLICY, parseEml, parsePolicy } from '../../../src/engine';
import { parseAuthResults } from '../../../src/engine/parse/auth-results';

// Attack: a PayPal credential phish writes its own Authentication-Results claiming PayPal's DMARC passed. The
// receiving server (Exchange Online here) stamps its own results above the message's headers; the forged one sits
// below the hop that took the message in from the sender, where only the sender could have written it.

const EXCHANGE_ONLINE_HOPS = [
  'Received: from AM9PR01MB1234.eurprd01.prod.outlook.com (2603:10a6:20b:1::1) by DB9PR01MB5678.eurprd01.prod.outlook.com with HTTPS; Wed, 2 Dec 2026 09:00:03 +0000',
  'Received: from AM6P191CA0001.EURP191.PROD.OUTLOOK.COM (2603:10a6:209:8b::14) by AM9PR01MB1234.eurprd01.prod.outlook.com (2603:10a6:20b:1::1) with Microsoft SMTP Server; Wed, 2 Dec 2026 09:00:02 +0000',
];
/** The hop from the sender's server into Exchange Online: everything below it is the sender's own text. */
const ENTRY_HOP =
  'Received: from mail.secure-notice.example (203.0.113.7) by AM6PEPF00001.mail.protection.outlook.com (10.167.16.1) with Microsoft SMTP Server; Wed, 2 Dec 2026 09:00:01 +0000';
const SENDER_HOP = 'Received: from [10.0.0.5] by mail.secure-notice.example with ESMTPSA; Wed, 2 Dec 2026 09:00:00 +0000';

const EOP_FAIL =
  'Authentication-Results: spf=fail (sender IP is 203.0.113.7) smtp.mailfrom=paypal.com; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=paypal.com;compauth=fail reason=000';
const FORGED_PASS =
  'Authentication-Results: spf=pass (sender IP is 173.0.84.226) smtp.mailfrom=paypal.com; dkim=pass (signature was verified) header.d=paypal.com;dmarc=pass action=none header.from=paypal.com;compauth=pass reason=100';
const FORGED_PASS_WITH_ID =
  'Authentication-Results: mx.paypal-relay.example; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com';

const BODY = [
  'From: "PayPal" <service@paypal.com>',
  'To: mario.rossi@acme.example',
  'Subject: Your account has been limited',
  'Date: Wed, 2 Dec 2026 08:59:00 +0000',
  'Message-ID: <limit-1@secure-notice.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Dear Customer,</p>',
  '<p>We noticed unusual activity on your PayPal account and have temporarily limited it.</p>',
  '<p>To restore full access, sign in and confirm your password and card details within 24 hours.</p>',
  '<p><a href="https://paypal-restore.secure-notice.example/login">Log in to PayPal</a></p>',
  '<p>PayPal Security Team</p></body></html>',
];

async function message(headerLines: readonly string[]): Promise<MailMessage> {
  const parsed = await parseEml([...headerLines, ...BODY].join('\r\n'));
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.message;
}

async function report(headerLines: readonly string[], policy = DEFAULT_POLICY): Promise<Report> {
  return analyze(await message(headerLines), policy);
}

const RANK = ['safe', 'caution', 'suspicious', 'dangerous'];
const forgedFinding = (r: Report) => r.findings.find((f) => f.detectorId === 'auth-failure' && f.messageId === 'forged-results');

describe('forged Authentication-Results', () => {
  it('the phish without any results is an alarm (the baseline the forgery must not lower)', async () => {
    const baseline = await report([...EXCHANGE_ONLINE_HOPS, ENTRY_HOP, SENDER_HOP]);
    expect(['suspicious', 'dangerous']).toContain(baseline.verdict);
  });

  it('ignores a pass the sender wrote below the entry hop, and flags it as forged', async () => {
    const baseline = await report([...EXCHANGE_ONLINE_HOPS, ENTRY_HOP, SENDER_HOP]);
    const headers = [...EXCHANGE_ONLINE_HOPS, ENTRY_HOP, FORGED_PASS, SENDER_HOP];
    expect((await message(headers)).auth.dmarc).toBeUndefined();
    const forged = await report(headers);
    expect(RANK.indexOf(forged.verdict)).toBeGreaterThanOrEqual(RANK.indexOf(baseline.verdict));
    expect(forgedFinding(forged)?.severity).toBe('high');
    expect(forgedFinding(forged)?.evidence.join(' ')).toContain('header.from=paypal.com');
  });

  it('ignores a pass below a foreign hop even with an authserv-id of its own', async () => {
    const headers = [...EXCHANGE_ONLINE_HOPS, ENTRY_HOP, SENDER_HOP, FORGED_PASS_WITH_ID];
    expect((await message(headers)).auth.dmarc).toBeUndefined();
    const forged = await report(headers);
    expect(['suspicious', 'dangerous']).toContain(forged.verdict);
  });

  it("believes Exchange Online's own results above the entry hop, and still flags the forged pass below", async () => {
    const headers = [...EXCHANGE_ONLINE_HOPS, EOP_FAIL, ENTRY_HOP, FORGED_PASS, SENDER_HOP];
    expect((await message(headers)).auth.dmarc).toEqual({ result: 'fail', domain: 'paypal.com', action: 'oreject' });
    const r = await report(headers);
    expect(r.verdict).toBe('dangerous');
    expect(forgedFinding(r)).toBeDefined();
  });

  it('believes a gateway the policy names (its authserv-id), even below the Exchange Online entry hop', async () => {
    const gatewayHop = 'Received: from mx1.gateway.acme.example (198.51.100.4) by AM6PEPF00001.mail.protection.outlook.com (10.167.16.1) with Microsoft SMTP Server; Wed, 2 Dec 2026 09:00:01 +0000';
    const gatewayResults = 'Authentication-Results: mx1.gateway.acme.example; spf=fail smtp.mailfrom=paypal.com; dmarc=fail header.from=paypal.com';
    const gatewayEntry = 'Received: from mail.secure-notice.example (203.0.113.7) by mx1.gateway.acme.example; Wed, 2 Dec 2026 09:00:00 +0000';
    const parsed = parsePolicy({ trustedAuthservIds: ['gateway.acme.example'] });
    expect(parsed.ok).toBe(true);
    const { headers } = await message([...EXCHANGE_ONLINE_HOPS, gatewayHop, gatewayResults, gatewayEntry, SENDER_HOP]);
    expect(parseAuthResults(headers, parsed.policy.trustedAuthservIds).dmarc?.result).toBe('fail');
    expect(parseAuthResults(headers).dmarc).toBeUndefined();
    // analyze applies the policy's list: the gateway's failure counts.
    const withGateway = analyze(await message([...EXCHANGE_ONLINE_HOPS, gatewayHop, gatewayResults, gatewayEntry, SENDER_HOP]), parsed.policy);
    expect(withGateway.findings.some((f) => f.detectorId === 'auth-failure' && f.messageId === 'brand-spoofed')).toBe(true);
  });
});
