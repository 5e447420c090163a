import { replyToMismatch } from '../../../src/engine/detectors/reply-to-mismatch';
import { testDetector } from '../../support/detector-tester';

testDetector(replyToMismatch, {
  valid: [
    { name: 'no Reply-To', message: { from: 'Shop <news@shop.example>' } },
    { name: 'Reply-To on the same registrable domain', message: { from: 'Shop <news@mail.shop.example>', replyTo: 'Care <care@shop.example>' } },
    { name: "two domains of the same brand (Amazon's ESP setup)", message: { from: 'Amazon <store-news@amazon.it>', replyTo: 'no-reply@amazonses.com' } },
    {
      name: 'mailing list that sets Reply-To to the list',
      message: { from: 'Mario <mario@uni.example>', replyTo: 'soci@lists.example.org', headers: [['List-Id', '<soci.lists.example.org>']] },
    },
    {
      name: 'a real reply in an existing thread',
      message: { from: 'Craig <craig@family.example>', replyTo: 'craig@alumni.example', subject: 'Re: results', inReplyTo: '<a@family.example>' },
    },
    { name: 'VERP bounce address as Reply-To', message: { from: 'Shop <news@shop.example>', replyTo: 'bounces+bob=acme.example@esp.example' } },
    { name: 'SRS-rewritten address', message: { from: 'Shop <news@shop.example>', replyTo: 'SRS0=AbCd=TT=shop.example=news@forwarder.example' } },
    {
      name: 'Reply-To matches the Sender header (sent on behalf by a ticketing system)',
      message: { from: 'Anna <anna@client.example>', sender: 'tickets@helpdesk.example', replyTo: 'support@helpdesk.example' },
    },
    {
      name: "Reply-To into the reader's own organization",
      message: { from: 'Portal <notify@portal.example>', replyTo: 'hr@acme.example' },
      policy: { organization: { name: 'Acme', domains: ['acme.example'] } },
    },
    {
      name: 'a marketplace relaying a courier notice, replies to the courier',
      message: { from: 'Vinted <no-reply@vinted.it>', replyTo: 'BRT Assistenza <assistenza@brt.it>', subject: 'La tua spedizione BRT è in consegna' },
    },
    { name: 'Reply-To without a domain', message: { from: 'Energy <team@energy.example>', replyTo: 'Collective <>' } },
    {
      name: 'same webmail provider for both (a person with two mailboxes)',
      message: { from: 'Mario <mario.rossi@gmail.com>', replyTo: 'm.rossi.1970@gmail.com' },
    },
  ],
  invalid: [
    {
      name: "a look-alike marketplace with replies to a courier is no relay: the sender is not the marketplace's",
      message: { from: 'Vinted <no-reply@vinted-spedizioni.example>', replyTo: 'assistenza@brt.it', subject: 'La tua spedizione BRT' },
      findings: [{ messageId: 'other-domain' }],
    },
    {
      name: 'company sender, replies to Gmail (FREEMAIL_REPLYTO)',
      message: { from: 'Jean Patrick <j.patrick@ecb.example>', replyTo: 'jean.patrick.ecb@gmail.com' },
      findings: [{ messageId: 'freemail', severity: 'medium', data: { replyTo: 'jean.patrick.ecb@gmail.com', senderDomain: 'ecb.example' }, evidence: 'Reply-To: jean.patrick.ecb@gmail.com' }],
    },
    {
      name: "a small business's own webmail, its domain's name in the mailbox, is only low",
      message: { from: 'B&B Il Glicine <info@bbilglicine.example>', replyTo: 'bbilglicine@gmail.com' },
      findings: [{ messageId: 'freemail', severity: 'low' }],
    },
    {
      name: 'the display name claims a brand and replies go to webmail',
      message: { from: 'Amazon Servizio Clienti <info@promo-shop.example>', replyTo: 'amazon.rimborsi@libero.it' },
      findings: [{ messageId: 'freemail', severity: 'high', data: { brand: 'amazon', replyTo: 'amazon.rimborsi@libero.it' } }],
    },
    {
      name: 'a brand domain in From, replies to a foreign domain',
      message: { from: 'Amazon <no-reply@amazon.it>', replyTo: 'reply_to@firiri.example' },
      findings: [{ messageId: 'other-domain', severity: 'medium', data: { senderDomain: 'amazon.it', brand: 'amazon' } }],
    },
    {
      name: 'another domain, nothing else: weak',
      message: { from: 'Motley <fool@motley.example>', replyTo: 'cs@foolmart.example' },
      findings: [{ messageId: 'other-domain', severity: 'low', data: { replyTo: 'cs@foolmart.example', senderDomain: 'motley.example' } }],
    },
    {
      name: 'the freemail Reply-To is chosen among several',
      message: { from: 'Prize <win@prize.example>', replyTo: ['claims@prize-office.example', 'claims.office@outlook.com'] },
      findings: [{ messageId: 'freemail', data: { replyTo: 'claims.office@outlook.com' } }],
    },
    {
      name: 'webmail sender, replies to another webmail provider: weak',
      message: { from: 'UN Compensation <giftahams46@gmail.com>', replyTo: 'douglasgreen35@yahoo.com' },
      findings: [{ messageId: 'freemail', severity: 'low' }],
    },
    {
      name: 'the sender shows no address, replies go to webmail',
      message: { from: 'Microsoft account team <>', replyTo: 'solutionteam01@hotmail.com' },
      findings: [{ messageId: 'no-sender-address', severity: 'high', data: { replyTo: 'solutionteam01@hotmail.com' } }],
    },
    {
      name: 'a Re: subject without a thread is not a real reply',
      message: { from: 'Sara <sara@charity.example>', replyTo: 'sahoppitt@gmail.com', subject: 'Re: About Charitable Goals' },
      findings: [{ messageId: 'freemail', severity: 'medium' }],
    },
  ],
});
