import type { Finding, Severity } from '../model';
import { defineDetector } from '../model';
import type { MicrosoftStamps } from '../sender';
import { microsoftStamps } from '../sender';

type VerdictMessageId = 'phishing' | 'malware' | 'impersonation' | 'spoof' | 'blocked-sender' | 'spam' | 'bulk' | 'first-contact';

interface Verdict {
  readonly messageId: VerdictMessageId;
  readonly severity: Severity;
  readonly stamp: string;
}

const REPORT = 'X-Forefront-Antispam-Report';

/**
 * Microsoft's categories (CAT) in plain words, as documented for the anti-spam message headers:
 * PHSH phishing, HPHSH/HPHISH high-confidence phishing, INTOS intra-organization phishing, MALW/AMP malware,
 * SAP Safe Attachments, FTBP blocked file type, DIMP/UIMP/GIMP/BIMP domain/user/mailbox-intelligence/brand
 * impersonation, SPOOF spoofing, HSPM high-confidence spam, SPM spam, BULK bulk.
 */
const CATEGORIES: Readonly<Record<string, { messageId: VerdictMessageId; severity: Severity }>> = {
  PHSH: { messageId: 'phishing', severity: 'high' },
  HPHSH: { messageId: 'phishing', severity: 'high' },
  HPHISH: { messageId: 'phishing', severity: 'high' },
  INTOS: { messageId: 'phishing', severity: 'high' },
  MALW: { messageId: 'malware', severity: 'high' },
  AMP: { messageId: 'malware', severity: 'high' },
  SAP: { messageId: 'malware', severity: 'high' },
  FTBP: { messageId: 'malware', severity: 'medium' },
  DIMP: { messageId: 'impersonation', severity: 'high' },
  UIMP: { messageId: 'impersonation', severity: 'high' },
  GIMP: { messageId: 'impersonation', severity: 'high' },
  BIMP: { messageId: 'impersonation', severity: 'high' },
  SPOOF: { messageId: 'spoof', severity: 'medium' },
  HSPM: { messageId: 'spam', severity: 'medium' },
  SPM: { messageId: 'spam', severity: 'low' },
  BULK: { messageId: 'bulk', severity: 'low' },
};

/** Safety tips (SFTY): 9.19 domain impersonation, 9.20 user impersonation, 9.25 first contact. */
const SAFETY_TIPS: Readonly<Record<string, { messageId: VerdictMessageId; severity: Severity }>> = {
  '9.19': { messageId: 'impersonation', severity: 'medium' },
  '9.20': { messageId: 'impersonation', severity: 'medium' },
  '9.25': { messageId: 'first-contact', severity: 'low' },
};

/** Spam confidence 5-6 is spam, 7-9 high-confidence spam; -1 (a bypass rule) and 0-4 say nothing. */
const SCL_SPAM = 5;
const SCL_HIGH_CONFIDENCE = 7;
/** Bulk complaint level 7+ is the default bulk threshold; phishing confidence 4+ is 'suspicious'. */
const BCL_BULK = 7;
const PCL_SUSPICIOUS = 4;

function verdictsOf(stamps: MicrosoftStamps): Verdict[] {
  const verdicts: Verdict[] = [];
  const category = stamps.report.get('CAT')?.toUpperCase();
  const fromCategory = category ? CATEGORIES[category] : undefined;
  if (fromCategory && category) verdicts.push({ ...fromCategory, stamp: `${REPORT}: CAT:${category}` });
  const sfv = stamps.report.get('SFV')?.toUpperCase();
  if (sfv === 'BLK' || sfv === 'SKB') verdicts.push({ messageId: 'blocked-sender', severity: 'medium', stamp: `${REPORT}: SFV:${sfv}` });
  if (sfv === 'SPM') verdicts.push({ messageId: 'spam', severity: 'low', stamp: `${REPORT}: SFV:SPM` });
  const sfty = stamps.report.get('SFTY');
  const tip = sfty ? SAFETY_TIPS[sfty] : undefined;
  if (tip && sfty) verdicts.push({ ...tip, stamp: `${REPORT}: SFTY:${sfty}` });
  if (stamps.scl !== undefined && stamps.scl >= SCL_SPAM) {
    verdicts.push({ messageId: 'spam', severity: stamps.scl >= SCL_HIGH_CONFIDENCE ? 'medium' : 'low', stamp: `SCL:${stamps.scl}` });
  }
  if (stamps.pcl !== undefined && stamps.pcl >= PCL_SUSPICIOUS) {
    verdicts.push({ messageId: 'phishing', severity: 'medium', stamp: `X-MS-Exchange-Organization-PCL: ${stamps.pcl}` });
  }
  if (stamps.bcl !== undefined && stamps.bcl >= BCL_BULK) verdicts.push({ messageId: 'bulk', severity: 'low', stamp: `X-Microsoft-Antispam: BCL:${stamps.bcl}` });
  return verdicts;
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/**
 * What Microsoft's own filter (Exchange Online Protection) stamped on the message, in plain words:
 * 'CAT:PHSH' => "Microsoft's own filter classified this message as phishing"; 'SFTY:9.25' => first contact.
 * One finding per kind of verdict, at its strongest stamp; a message with no stamps gives nothing.
 */
export const msVerdict = defineDetector({
  id: 'ms-verdict',
  kind: 'sender',
  title: { en: 'Microsoft’s filter flagged this message', it: 'Il filtro di Microsoft ha segnalato questo messaggio' },
  severity: 'high',
  explanation: {
    en: 'Microsoft 365 checks every message before it reaches you and writes its verdict into the message. Occhio reads that verdict and tells you what it means.',
    it: 'Microsoft 365 controlla ogni messaggio prima che ti arrivi e ne scrive il verdetto nel messaggio stesso. Occhio legge quel verdetto e ti spiega cosa significa.',
  },
  messages: {
    phishing: {
      en: 'Microsoft’s own filter classified this message as phishing ({stamp}).',
      it: 'Il filtro di Microsoft ha classificato questo messaggio come phishing ({stamp}).',
    },
    malware: {
      en: 'Microsoft’s own filter found malware or a blocked file in this message ({stamp}).',
      it: 'Il filtro di Microsoft ha trovato un malware o un file bloccato in questo messaggio ({stamp}).',
    },
    impersonation: {
      en: 'Microsoft’s own filter found that this message imitates a sender or a domain it protects ({stamp}).',
      it: 'Il filtro di Microsoft ha rilevato che questo messaggio imita un mittente o un dominio protetto ({stamp}).',
    },
    spoof: {
      en: 'Microsoft’s own filter found that the sender’s address is forged ({stamp}).',
      it: 'Il filtro di Microsoft ha rilevato che l’indirizzo del mittente è falsificato ({stamp}).',
    },
    'blocked-sender': {
      en: 'The sender is on a blocked senders list ({stamp}).',
      it: 'Il mittente è in un elenco di mittenti bloccati ({stamp}).',
    },
    spam: {
      en: 'Microsoft’s own filter classified this message as spam ({stamp}).',
      it: 'Il filtro di Microsoft ha classificato questo messaggio come spam ({stamp}).',
    },
    bulk: {
      en: 'Microsoft’s own filter classified this message as bulk mail, such as a newsletter or a mass mailing ({stamp}).',
      it: 'Il filtro di Microsoft ha classificato questo messaggio come posta massiva, come una newsletter o un invio di massa ({stamp}).',
    },
    'first-contact': {
      en: 'You do not often get mail from this sender: Microsoft shows its first-contact safety tip ({stamp}).',
      it: 'Non ricevi spesso posta da questo mittente: Microsoft mostra il suo avviso di primo contatto ({stamp}).',
    },
  },
  run(message) {
    const strongest = new Map<VerdictMessageId, Verdict>();
    for (const verdict of verdictsOf(microsoftStamps(message.headers))) {
      const kept = strongest.get(verdict.messageId);
      if (!kept || RANK[verdict.severity] > RANK[kept.severity]) strongest.set(verdict.messageId, verdict);
    }
    return [...strongest.values()].map(
      (verdict): Finding => ({
        detectorId: 'ms-verdict',
        messageId: verdict.messageId,
        severity: verdict.severity,
        data: { stamp: verdict.stamp.replace(`${REPORT}: `, '') },
        evidence: [verdict.stamp],
      }),
    );
  },
});
