import type { AuthResults, Brand, Finding, MailMessage, Severity } from '../model';
import { defineDetector } from '../model';
import { fromAuthentication, isAligned, isListRelay, sendingBrand } from '../sender';

type AuthMessageId = 'brand-spoofed' | 'dmarc-fail' | 'compauth-fail' | 'spf-fail' | 'unauthenticated' | 'forged-results';

/**
 * The results a person can check in the message's headers, as the receiving server wrote them:
 * ['dmarc=fail header.from=otto.de', 'spf=softfail smtp.mailfrom=winner-win.art', 'dkim=none', 'compauth=fail reason=001'].
 */
function resultsAsWritten(auth: AuthResults): string[] {
  const parts: string[] = [];
  if (auth.dmarc) parts.push(`dmarc=${auth.dmarc.result}${auth.dmarc.domain ? ` header.from=${auth.dmarc.domain}` : ''}`);
  const spf = auth.spf ?? auth.receivedSpf;
  if (spf) parts.push(`spf=${spf.result}${spf.domain ? ` smtp.mailfrom=${spf.domain}` : ''}`);
  if (auth.dkim.length === 0 && auth.raw) parts.push('dkim=none');
  for (const dkim of auth.dkim.slice(0, 3)) parts.push(`dkim=${dkim.result}${dkim.domain ? ` header.d=${dkim.domain}` : ''}`);
  if (auth.compauth) parts.push(`compauth=${auth.compauth.result}${auth.compauth.reason ? ` reason=${auth.compauth.reason}` : ''}`);
  return parts;
}

function hasAnyResult(auth: AuthResults): boolean {
  return auth.spf !== undefined || auth.dkim.length > 0 || auth.dmarc !== undefined || auth.compauth !== undefined || auth.receivedSpf !== undefined;
}

/**
 * SPF, DKIM, DMARC and Microsoft's compauth, read from the topmost Authentication-Results (written by the
 * receiving server; lower ones can be forged) and Received-SPF, and aligned with the From domain.
 * No Authentication-Results at all says nothing (older servers and many clients do not write one).
 *
 * 'dmarc=fail header.from=paypal.com' => high (someone else sending as PayPal's own domain);
 * 'dmarc=fail header.from=otto.de' => medium; 'spf=pass smtp.mailfrom=amazonses.com; dkim=pass header.d=amazonses.com;
 * dmarc=none header.from=shop.example' => low (nothing vouches for shop.example itself).
 */
export const authFailure = defineDetector({
  id: 'auth-failure',
  kind: 'sender',
  title: { en: 'Sender authentication failed', it: 'Autenticazione del mittente fallita' },
  severity: 'high',
  explanation: {
    en: 'Mail servers check that a message really comes from the domain in its From address (SPF, DKIM, DMARC). When these checks fail, anyone could have written that address.',
    it: 'I server di posta controllano che un messaggio provenga davvero dal dominio del suo indirizzo mittente (SPF, DKIM, DMARC). Se questi controlli falliscono, quell’indirizzo potrebbe averlo scritto chiunque.',
  },
  messages: {
    'brand-spoofed': {
      en: 'The message uses the address of {brandName} ({domain}), but the checks show it was not sent by {brandName}: someone is forging its address.',
      it: 'Il messaggio usa l’indirizzo di {brandName} ({domain}), ma i controlli mostrano che non l’ha inviato {brandName}: qualcuno ne sta falsificando l’indirizzo.',
    },
    'dmarc-fail': {
      en: 'The sender domain {domain} failed DMARC: the receiving server could not confirm that this message comes from {domain}.',
      it: 'Il dominio mittente {domain} non ha superato il controllo DMARC: il server ricevente non ha potuto confermare che il messaggio arrivi da {domain}.',
    },
    'compauth-fail': {
      en: 'Microsoft’s sender check (composite authentication) failed for {domain}: Outlook could not confirm who sent this message.',
      it: 'Il controllo del mittente di Microsoft (autenticazione composita) è fallito per {domain}: Outlook non ha potuto confermare chi ha inviato il messaggio.',
    },
    'spf-fail': {
      en: 'The server that delivered this message is not allowed to send mail for {domain} (SPF fail).',
      it: 'Il server che ha consegnato il messaggio non è autorizzato a inviare posta per {domain} (SPF fail).',
    },
    'forged-results': {
      en: 'The message carries authentication results saying {brandName} ({domain}) sent it, but your mail servers did not write them: the sender added them to look genuine.',
      it: 'Il messaggio contiene risultati di autenticazione secondo cui lo ha inviato {brandName} ({domain}), ma non li hanno scritti i vostri server di posta: li ha aggiunti il mittente per sembrare autentico.',
    },
    unauthenticated: {
      en: 'Nothing confirms that this message comes from {domain}: no valid signature (DKIM) or sender check (SPF, DMARC) belongs to that domain.',
      it: 'Nulla conferma che il messaggio arrivi da {domain}: nessuna firma valida (DKIM) o controllo del mittente (SPF, DMARC) appartiene a quel dominio.',
    },
  },
  run(message, { brands }) {
    const finding = judge(message, brands);
    const forged = forgedResults(message, brands);
    return [...(finding ? [finding] : []), ...(forged ? [forged] : [])];
  },
});

/**
 * Authentication-Results the receiving servers did not write (see parseAuthResults) that vouch for a brand's From
 * domain (dmarc=pass, or an aligned dkim=pass) which the receiving servers did not confirm. Only a sender trying to
 * pass as the brand writes one: either it imitates the receiving servers (no authserv-id, as Exchange Online writes,
 * or theirs), or the receiving servers' own results are there and disagree. A mailing list's results for its
 * posters carry the list's id, and a list is no brand's sender anyway.
 * 'From: service@paypal.com' + 'Authentication-Results: dmarc=pass header.from=paypal.com' below the entry hop => high.
 */
function forgedResults(message: MailMessage, brands: readonly Brand[]): Finding | undefined {
  const from = fromAuthentication(message);
  if (from.fromDomain === '' || from.dmarcPass || from.alignedDkimPass || isListRelay(message)) return undefined;
  const brand = sendingBrand(from.fromDomain, brands);
  if (!brand) return undefined;
  const receiverSpoke = message.auth.raw !== '';
  const receiverId = message.auth.authservId ?? '';
  for (const claim of message.auth.untrusted ?? []) {
    const imitatesReceiver = claim.authservId === '' || (receiverId !== '' && claim.authservId === receiverId);
    if (!imitatesReceiver && !receiverSpoke) continue;
    const vouches = [
      ...(claim.dmarc?.result === 'pass' && claim.dmarc.domain && isAligned(claim.dmarc.domain, from.fromDomain) ? [`dmarc=pass header.from=${claim.dmarc.domain}`] : []),
      ...claim.dkim.filter((d) => d.result === 'pass' && d.domain !== undefined && isAligned(d.domain, from.fromDomain)).map((d) => `dkim=pass header.d=${d.domain ?? ''}`),
    ];
    if (vouches.length === 0) continue;
    const where = claim.belowHopFrom ? [`Received: from ${claim.belowHopFrom}`] : [];
    return {
      detectorId: 'auth-failure',
      messageId: 'forged-results',
      severity: 'high',
      evidence: [`From: ${message.from?.address ?? from.fromDomain}`, `Authentication-Results: ${claim.authservId ? `${claim.authservId}; ` : ''}${vouches.join('; ')}`, ...where],
      data: { domain: from.fromDomain, brand: brand.id, brandName: brand.name },
    };
  }
  return undefined;
}

function judge(message: MailMessage, brands: readonly Brand[]): Finding | undefined {
  const auth = message.auth;
  const from = fromAuthentication(message);
  if (!from.checked || !hasAnyResult(auth) || from.fromDomain === '') return undefined;
  if (from.dmarcPass || from.alignedDkimPass) return undefined;

  const domain = auth.dmarc?.domain ?? from.fromDomain;
  const brand = sendingBrand(from.fromDomain, brands);
  const evidence = [`From: ${message.from?.address ?? from.fromDomain}`, ...resultsAsWritten(auth)];
  // A list that edits the subject or footer breaks the author's DKIM, so its mail fails DMARC honestly.
  const relayed = isListRelay(message);
  const dmarcFailed = auth.dmarc?.result === 'fail';
  const compauthFailed = auth.compauth?.result === 'fail';
  const make = ({ messageId, severity }: { messageId: AuthMessageId; severity: Severity }): Finding => ({
    detectorId: 'auth-failure',
    messageId,
    severity,
    evidence,
    data: brand ? { domain, brand: brand.id, brandName: brand.name } : { domain },
  });

  if (dmarcFailed || compauthFailed) {
    if (brand && !relayed) return make({ messageId: 'brand-spoofed', severity: 'high' });
    if (dmarcFailed) return make({ messageId: 'dmarc-fail', severity: relayed ? 'low' : 'medium' });
    return make({ messageId: 'compauth-fail', severity: relayed ? 'low' : 'medium' });
  }
  if (from.alignedSpfPass) return undefined;
  const spf = from.spf;
  // A hard SPF fail for the From's own domain: its owner lists the servers allowed to send, and this one is not.
  if (spf?.result === 'fail' && spf.domain !== undefined && isAligned(spf.domain, from.fromDomain)) {
    if (brand && !relayed) return make({ messageId: 'brand-spoofed', severity: 'high' });
    return make({ messageId: 'spf-fail', severity: relayed ? 'low' : 'medium' });
  }
  if (relayed) return undefined;
  if (brand) return make({ messageId: 'brand-spoofed', severity: 'medium' });
  return make({ messageId: 'unauthenticated', severity: 'low' });
}
