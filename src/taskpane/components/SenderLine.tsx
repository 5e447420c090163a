import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { MailMessage, Report } from '../../engine';
import { formatTemplate } from '../../engine';
import { fromAuthentication } from '../../engine/sender';
import { Evidence } from '../evidence/Evidence';
import { useI18n } from '../i18n';

export type SenderCheck = 'verified' | 'not-verified' | 'not-checked';

/**
 * What the receiving server's checks say about the From address: verified when DMARC (or an aligned DKIM signature)
 * passed for its domain, not checked when Outlook gave no results (older clients, no headers), not verified otherwise.
 */
export function senderCheckOf(message: MailMessage): SenderCheck {
  const auth = fromAuthentication(message);
  if (!auth.checked) return 'not-checked';
  return auth.fromDomain && (auth.dmarcPass || auth.alignedDkimPass) ? 'verified' : 'not-verified';
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, ...typographyStyles.body1 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, margin: 0, minWidth: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  name: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere', minWidth: 0 },
  address: { overflowWrap: 'anywhere', minWidth: 0 },
  check: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap', ...typographyStyles.caption1Strong },
  dot: { width: '8px', height: '8px', borderRadius: '50%', flexShrink: 0, forcedColorAdjust: 'none' },
  verified: { color: tokens.colorPaletteGreenForeground1 },
  verifiedDot: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  notVerified: { color: tokens.colorPaletteRedForeground1 },
  notVerifiedDot: { backgroundColor: tokens.colorPaletteRedForeground1 },
  notChecked: { color: tokens.colorNeutralForeground2 },
  notCheckedDot: { backgroundColor: tokens.colorNeutralForeground3 },
});

/** 'Amazon <x@amazon-verify.top>' => { name: 'Amazon', address: 'x@amazon-verify.top' } (a forwarded original's From). */
function splitFrom(from: string): { name: string; address: string } {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(from);
  return match ? { name: (match[1] ?? '').replace(/^"|"$/g, ''), address: match[2] ?? '' } : from.includes('@') ? { name: '', address: from } : { name: from, address: '' };
}

/**
 * The sender under the verdict, as the person should read it: the name it shows, the address it really comes from
 * (domain in bold) and whether the mail server verified it. For a forward judged on its original, the original's sender.
 */
export function SenderLine({ message, report }: { readonly message: MailMessage; readonly report: Report }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const forwarded = report.forwardedOriginal;
  const { name, address } = forwarded ? splitFrom(forwarded.from) : { name: message.from?.name ?? '', address: message.from?.address ?? '' };
  const check: SenderCheck = forwarded ? 'not-checked' : senderCheckOf(message);
  const domain = address.split('@').pop() ?? '';
  const words = {
    verified: [t.sender.verified, t.sender.verifiedHint, styles.verified, styles.verifiedDot],
    'not-verified': [t.sender.notVerified, t.sender.notVerifiedHint, styles.notVerified, styles.notVerifiedDot],
    'not-checked': [t.sender.notChecked, t.sender.notCheckedHint, styles.notChecked, styles.notCheckedDot],
  }[check];
  const [label = '', hint = '', tone = '', dot = ''] = words;
  return (
    <section className={styles.root} aria-label={forwarded ? t.sender.forwardedFrom : t.sender.from} data-testid="sender" data-check={check}>
      <p className={styles.row}>
        <span className={styles.label}>{forwarded ? t.sender.forwardedFrom : t.sender.from}</span>{' '}
        <span className={styles.name}>{name ? <Evidence value={name} /> : null}</span>
      </p>
      <p className={styles.row}>
        <span className={styles.address}>{address ? <Evidence value={address} /> : t.sender.noAddress}</span>
        <span className={mergeClasses(styles.check, tone)} title={formatTemplate(hint, { domain: domain || '—' })}>
          <span className={mergeClasses(styles.dot, dot)} aria-hidden />
          {label}
        </span>
      </p>
    </section>
  );
}
