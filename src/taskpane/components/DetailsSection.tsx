import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { AuthResults, MailAddress, MailMessage } from '../../engine';
import { formatTemplate, registrableDomain, unwrapRedirect } from '../../engine';
import { useI18n } from '../i18n';
import { Evidence } from '../evidence/Evidence';
import { Disclosure } from './Disclosure';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
});

/** Links listed in the details; a crafted message may carry 1000, and a person reads the first ones. */
export const MAX_LINKS_LISTED = 100;

function Address({ address, none }: { readonly address: MailAddress | undefined; readonly none: string }): JSX.Element {
  if (!address) return <>{none}</>;
  return address.name ? (
    <>
      <Evidence value={address.name} /> &lt;<Evidence value={address.address} />&gt;
    </>
  ) : (
    <Evidence value={address.address} />
  );
}

function authRows(auth: AuthResults): [string, string][] {
  const rows: [string, string][] = [];
  const show = (result: string, domain?: string): string => (domain ? `${result} (${domain})` : result);
  if (auth.spf) rows.push(['SPF', show(auth.spf.result, auth.spf.domain)]);
  for (const dkim of auth.dkim) rows.push(['DKIM', show(dkim.result, dkim.domain)]);
  if (auth.dmarc) rows.push(['DMARC', show(auth.dmarc.result, auth.dmarc.domain)]);
  if (auth.compauth) rows.push(['compauth', show(auth.compauth.result, auth.compauth.reason ? `reason ${auth.compauth.reason}` : undefined)]);
  return rows;
}

/**
 * Sender and authentication, every link with where it really goes (redirectors unwrapped), attachments. All as
 * text: a link here is something to read, never something to click.
 */
export default function DetailsSection({ message }: { readonly message: MailMessage }): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const d = t.details;
  const auth = authRows(message.auth);
  const authNote = message.unavailable.includes('headers') ? d.authNotAvailable : d.authNoHeader;
  const links = message.links.slice(0, MAX_LINKS_LISTED);
  return (
    <div data-testid="details">
      <Disclosure title={d.sender}>
        <dl className={styles.grid}>
          <dt className={styles.term}>{d.sender}</dt>
          <dd className={styles.value}>
            <Address address={message.from} none={d.none} />
          </dd>
          <dt className={styles.term}>{d.replyTo}</dt>
          <dd className={styles.value}>
            {message.replyTo.length
              ? message.replyTo.map((a, index) => (
                  <div key={index}>
                    <Address address={a} none={d.none} />
                  </div>
                ))
              : d.none}
          </dd>
          <dt className={styles.term}>{d.returnPath}</dt>
          <dd className={styles.value}>{message.returnPath ? <Evidence value={message.returnPath} /> : d.none}</dd>
          <dt className={styles.term}>{d.authHeading}</dt>
          <dd className={styles.value}>
            {auth.length === 0
              ? authNote
              : auth.map(([name, value], index) => (
                  <div key={`${name}-${index}`}>
                    {name}: {value}
                  </div>
                ))}
          </dd>
        </dl>
      </Disclosure>
      <Disclosure title={formatTemplate(d.linksHeading, { count: message.links.length })}>
        {links.length === 0 ? (
          d.noLinks
        ) : (
          <ul className={styles.list}>
            {links.map((link, index) => {
              const destination = unwrapRedirect(link.href);
              const site = /^https?:/i.test(destination) ? registrableDomain(destination) : '';
              return (
                <li key={`${index}-${link.href}`} className={styles.item}>
                  <div>
                    {d.linkShows}: <span className={styles.value}>{link.text.trim() ? <Evidence value={link.text.slice(0, 200)} /> : '—'}</span>
                  </div>
                  {site && (
                    <div>
                      {d.linkSite}: <Evidence value={site} />
                    </div>
                  )}
                  <div>
                    {d.linkOpens}: <Evidence value={destination.slice(0, 2000)} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Disclosure>
      <Disclosure title={formatTemplate(d.attachmentsHeading, { count: message.attachments.length })}>
        {message.attachments.length === 0 ? (
          d.noAttachments
        ) : (
          <ul className={styles.list}>
            {message.attachments.map((attachment, index) => (
              <li key={`${index}-${attachment.filename}`} className={styles.item}>
                {attachment.filename ? <Evidence value={attachment.filename} /> : '—'} · {attachment.contentType} ·{' '}
                {formatTemplate(d.bytes, { size: attachment.size })}
              </li>
            ))}
          </ul>
        )}
      </Disclosure>
    </div>
  );
}
