// Which cues corroborate which: a detector counts distinct cues from these groups (SpamAssassin's
// ACCT_PHISHING needs an account word, a verification word and an action, not one of them).
import type { Cue } from './types';

/** The reader is asked to give a secret or to log in somewhere to "verify". */
export const CREDENTIAL_CUES: readonly Cue[] = [
  'ask-password', 'ask-code', 'ask-card', 'ask-bank', 'ask-identity', 'ask-personal-data', 'login-to-verify',
  'ask-wallet-secret', 'wallet-connect',
];
/** The secrets a genuine sender never asks for by mail. */
export const SECRET_CUES: readonly Cue[] = ['ask-password', 'ask-code', 'ask-card', 'ask-bank', 'ask-wallet-secret'];
/** Deadlines and threats. */
export const URGENCY_CUES: readonly Cue[] = [
  'deadline', 'hurry', 'suspension-threat', 'deletion-threat', 'legal-threat', 'fine-threat', 'final-notice',
];
/** Threats proper (not just a date). */
export const THREAT_CUES: readonly Cue[] = ['suspension-threat', 'deletion-threat', 'legal-threat', 'fine-threat'];
/** Something happened to the reader's account, payment or parcel. */
export const ALERT_CUES: readonly Cue[] = [
  // The two most telling stories first: they name the finding when told with others ('virus found ... renew').
  'device-at-risk', 'security-upgrade',
  'unauthorized-access', 'unusual-activity', 'account-locked', 'payment-failed', 'parcel-held', 'refund-waiting',
  'mailbox-full', 'password-expiring', 'points-expiring',
];
/** Money offered out of the blue: the bait of prize, advance-fee and airdrop scams. */
export const BAIT_CUES: readonly Cue[] = ['prize', 'lottery', 'inheritance', 'free-money'];
/** Money offered or demanded. */
export const MONEY_CUES: readonly Cue[] = [
  'prize', 'lottery', 'inheritance', 'investment', 'crypto', 'gift-card', 'sextortion', 'payment-demand', 'free-money',
];
/**
 * CEO fraud and business email compromise: an urgent confidential transfer, secrecy, 'are you at your desk?',
 * 'I'm in a meeting, writing from my personal mail', a changed IBAN. Each is office talk alone; two together are
 * the script of the fraud.
 */
export const BEC_CUES: readonly Cue[] = ['bec-transfer', 'bec-secrecy', 'bec-availability', 'bec-unreachable', 'bec-bank-change'];
/** A friend or colleague stranded abroad who needs money: the story and the promise to repay. */
export const STRANDED_CUES: readonly Cue[] = ['stranded', 'repay-promise'];
/** A fake summons: a court or police act, and the crime it charges the reader with. */
export const SUMMONS_CUES: readonly Cue[] = ['summons', 'accusation'];
