// The explicit, sorted registry (as ESLint's rules). id = file name; the conformance test checks both.
import type { Detector } from '../model';
import { accountAlertLure } from './account-alert-lure';
import { authFailure } from './auth-failure';
import { brandAssetHotlink } from './brand-asset-hotlink';
import { brandImpersonation } from './brand-impersonation';
import { brandLinkMismatch } from './brand-link-mismatch';
import { callbackLure } from './callback-lure';
import { credentialRequest } from './credential-request';
import { displayNameSpoof } from './display-name-spoof';
import { headerAnomaly } from './header-anomaly';
import { hiddenText } from './hidden-text';
import { htmlForm } from './html-form';
import { internalImpersonation } from './internal-impersonation';
import { languageQuality } from './language-quality';
import { linkTextMismatch } from './link-text-mismatch';
import { lookalikeDomain } from './lookalike-domain';
import { moneyLure } from './money-lure';
import { msVerdict } from './ms-verdict';
import { replyToMismatch } from './reply-to-mismatch';
import { riskyAttachment } from './risky-attachment';
import { suspiciousLink } from './suspicious-link';
import { throwawaySender } from './throwaway-sender';
import { urgencyPressure } from './urgency-pressure';

/** The registry with each detector's literal id and message ids, for the types below. */
const REGISTRY = [
  accountAlertLure,
  authFailure,
  brandAssetHotlink,
  brandImpersonation,
  brandLinkMismatch,
  callbackLure,
  credentialRequest,
  displayNameSpoof,
  headerAnomaly,
  hiddenText,
  htmlForm,
  internalImpersonation,
  languageQuality,
  linkTextMismatch,
  lookalikeDomain,
  moneyLure,
  msVerdict,
  replyToMismatch,
  riskyAttachment,
  suspiciousLink,
  throwawaySender,
  urgencyPressure,
] as const;

export const DETECTORS: readonly Detector[] = REGISTRY;

type RegisteredDetector = (typeof REGISTRY)[number];

/** Every detector id: 'auth-failure' | 'brand-impersonation' | ... */
export type DetectorId = RegisteredDetector['id'];

type FindingKeyOf<D> = D extends Detector<infer MessageId, infer Id> ? `${Id}/${MessageId}` : never;

/**
 * Every finding a detector can report, as 'detector-id/messageId' ('auth-failure/dmarc-fail'). The score table and
 * the standalone red flags are typed with it, so naming a finding that no detector reports fails the type check.
 */
export type FindingKey = FindingKeyOf<RegisteredDetector>;
