/**
 * @jest-environment jsdom
 */
import './jsdom-polyfills';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { JSX } from 'react';
import type { MailMessage, Policy, Report } from '../../../src/engine';
import { BUILT_IN_BRANDS, DEFAULT_POLICY } from '../../../src/engine';
import type { ReportChannel } from '../../../src/office/report';
import { I18nContext, CATALOGS } from '../../../src/taskpane/i18n';
import { planReportActions, ReportActions } from '../../../src/taskpane/report';

const amazon = BUILT_IN_BRANDS.find((brand) => brand.id === 'amazon')!;

const report: Report = {
  verdict: 'dangerous',
  score: 12,
  findings: [{ detectorId: 'link-text-mismatch', messageId: 'x', data: {}, severity: 'high', evidence: ['amaz0n-login.ru'] }],
  brand: amazon,
  guidance: [],
  errors: [],
  limitsHit: [],
  unavailable: [],
};
const message = { subject: 'Your account is on hold' } as MailMessage;

const withMailbox = (report: Partial<Policy['report']> = {}): Policy => ({
  ...DEFAULT_POLICY,
  report: { ...DEFAULT_POLICY.report, mailbox: 'soc@acme.it', ...report },
});

function channel(overrides: Partial<ReportChannel> = {}): ReportChannel & { compose: jest.Mock; openPage: jest.Mock } {
  return {
    compose: jest.fn(() => Promise.resolve({ ok: true as const, value: undefined })),
    openPage: jest.fn(() => ({ ok: true as const, value: undefined })),
    ...overrides,
  } as ReportChannel & { compose: jest.Mock; openPage: jest.Mock };
}

function renderIn(lang: 'en' | 'it', element: JSX.Element) {
  return render(<I18nContext.Provider value={{ lang, t: CATALOGS[lang] }}>{element}</I18nContext.Provider>);
}

describe('planReportActions', () => {
  const env = (policy: Policy, ch: ReportChannel = channel()) => ({ policy, channel: ch });

  it('offers all three actions for a dangerous brand impersonation', () => {
    const plan = planReportActions(report, 'x', env(withMailbox()), 'en');
    expect(plan.security).toMatchObject({ kind: 'compose', draft: { to: 'soc@acme.it' } });
    // Amazon takes reports both by mail and on its page: both are offered, the mailbox first.
    expect(plan.brand).toMatchObject({ id: 'brand', kind: 'compose', draft: { to: 'reportascam@amazon.com' } });
    expect(plan.brandPage).toEqual({ id: 'brand-page', kind: 'page', url: 'https://www.amazon.it/reportascam' });
    expect(plan.notPhishing).toMatchObject({ kind: 'compose' });
    expect(plan.notPhishing?.kind === 'compose' && plan.notPhishing.draft.subject.startsWith('Not junk:')).toBe(true);
    expect(plan.security?.kind === 'compose' && plan.security.draft.subject.startsWith('Phishing:')).toBe(true);
  });

  it('hides the security actions and explains why when no mailbox is configured', () => {
    const plan = planReportActions(report, 'x', env(DEFAULT_POLICY), 'en');
    expect(plan.security).toBeUndefined();
    expect(plan.notPhishing).toBeUndefined();
    expect(plan.securityMissingMailbox).toBe(true);
    expect(plan.brand).toBeDefined();
  });

  it('shows only the actions the policy allows', () => {
    const plan = planReportActions(report, 'x', env(withMailbox({ actions: ['brand'] })), 'en');
    expect(plan).toEqual({ securityMissingMailbox: false, brand: expect.anything() as unknown, brandPage: expect.anything() as unknown });
  });

  it('offers neither "Not phishing?" nor the brand for a safe message', () => {
    const plan = planReportActions({ ...report, verdict: 'safe' }, 'x', env(withMailbox()), 'en');
    expect(plan.notPhishing).toBeUndefined();
    expect(plan.brand).toBeUndefined();
    expect(plan.security).toBeDefined();
  });

  it('offers a brand\u2019s report page alone when it has no report mailbox', () => {
    const byPage = { ...report, brand: { ...amazon, report: { url: 'https://www.amazon.it/reportascam' } } };
    const plan = planReportActions(byPage, 'x', env(withMailbox()), 'en');
    expect(plan.brand).toEqual({ id: 'brand', kind: 'page', url: 'https://www.amazon.it/reportascam' });
    expect(plan.brandPage).toBeUndefined();
  });

  it('offers the organization\u2019s reporting only when the brand has no sourced channel', () => {
    const none = { ...report, brand: { ...amazon, report: {} } };
    const plan = planReportActions(none, 'x', env(withMailbox()), 'en');
    expect(plan.brand).toBeUndefined();
    expect(plan.brandPage).toBeUndefined();
    expect(plan.security).toBeDefined();
  });

  it('reports to a brand by email when it has no report page', () => {
    const byMail = { ...report, brand: { ...amazon, report: { email: 'stop-spoofing@amazon.com' } } };
    const plan = planReportActions(byMail, 'x', env(withMailbox()), 'en');
    expect(plan.brand).toMatchObject({ kind: 'compose', draft: { to: 'stop-spoofing@amazon.com' } });
  });

  it('marks compose actions off in the preview', () => {
    const plan = planReportActions(report, 'x', env(withMailbox(), channel({ composeUnavailable: 'preview' })), 'en');
    expect(plan.security).toMatchObject({ disabledReason: 'preview' });
    expect(plan.brand).toMatchObject({ disabledReason: 'preview' });
    expect(plan.brandPage).not.toHaveProperty('disabledReason');
  });
});

describe('<ReportActions>', () => {
  it('says what the button will do, opens the prepared message on click, and tells how to undo', async () => {
    const ch = channel();
    renderIn('en', <ReportActions report={report} message={message} policy={withMailbox()} channel={ch} />);
    const button = screen.getByRole('button', { name: 'Report to security team' });
    expect(button.getAttribute('aria-disabled')).not.toBe('true');
    expect(screen.getByText(/Opens a message to soc@acme.it with this email attached\. Nothing is sent until you select Send\./)).toBeTruthy();
    button.focus();
    await act(async () => {
      fireEvent.click(button);
      await Promise.resolve();
    });
    expect(ch.compose).toHaveBeenCalledWith(expect.objectContaining({ to: 'soc@acme.it', subject: 'Phishing: [Occhio] dangerous: Your account is on hold' }));
    // The outcome is announced right below the pressed button, which keeps the focus.
    expect(screen.getByTestId('report-security-team-status').textContent).toContain('select Send. Changed your mind? Close it without sending.');
    expect(document.activeElement).toBe(button);
  });

  it('keeps focus on the pressed button while it works (disabledFocusable, not disabled)', async () => {
    let finish: (value: { ok: true; value: undefined }) => void = () => undefined;
    const ch = channel({ compose: jest.fn(() => new Promise((resolve) => { finish = resolve; })) as unknown as ReportChannel['compose'] });
    renderIn('en', <ReportActions report={report} message={message} policy={withMailbox()} channel={ch} />);
    const button = screen.getByRole('button', { name: 'Report to security team' });
    button.focus();
    await act(async () => {
      fireEvent.click(button);
      await Promise.resolve();
    });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(button);
    await act(async () => {
      finish({ ok: true, value: undefined });
      await Promise.resolve();
    });
  });

  it('splits into the primary action under the verdict and the others further down', () => {
    const { unmount } = renderIn('en', <ReportActions report={report} message={message} policy={withMailbox()} channel={channel()} part="primary" />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Report to security team']);
    unmount();
    renderIn('en', <ReportActions report={{ ...report, verdict: 'suspicious' }} message={message} policy={withMailbox()} channel={channel()} part="more" />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Report to Amazon', 'Not phishing?']);
  });

  it('offers no "Not phishing?" on a likely scam', () => {
    renderIn('en', <ReportActions report={report} message={message} policy={withMailbox()} channel={channel()} />);
    expect(screen.queryByRole('button', { name: 'Not phishing?' })).toBeNull();
  });

  it('opens the brand’s report page', async () => {
    const ch = channel();
    renderIn('en', <ReportActions report={report} message={message} policy={withMailbox()} channel={ch} />);
    expect(screen.getByText('Opens Amazon’s page for reporting scams (www.amazon.it) in your browser.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Report to Amazon (www.amazon.it)' }));
      await Promise.resolve();
    });
    expect(ch.openPage).toHaveBeenCalledWith('https://www.amazon.it/reportascam');
  });

  it('shows the failure and a way around it', async () => {
    const ch = channel({ compose: jest.fn(() => Promise.resolve({ ok: false as const, reason: 'the item was moved' })) });
    renderIn('en', <ReportActions report={{ ...report, verdict: 'suspicious' }} message={message} policy={withMailbox()} channel={ch} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Not phishing?' }));
      await Promise.resolve();
    });
    expect(screen.getByTestId('report-not-phishing-status').textContent).toBe('Couldn’t open it: the item was moved. You can forward the email as an attachment to soc@acme.it instead.');
  });

  it('without a report mailbox, points at Outlook’s own Report button instead of a dead security-team button', () => {
    renderIn('en', <ReportActions report={report} message={message} policy={DEFAULT_POLICY} channel={channel()} part="primary" />);
    expect(screen.queryByRole('button', { name: 'Report to security team' })).toBeNull();
    expect(screen.getByTestId('report-outlook-hint').textContent).toBe('To report it, use Outlook’s Report button, then Report phishing.');
  });

  it('turns compose actions off in the preview, saying why, in Italian', () => {
    renderIn('it', <ReportActions report={report} message={message} policy={withMailbox()} channel={channel({ composeUnavailable: 'preview' })} />);
    const button = screen.getByRole('button', { name: 'Segnala al team di sicurezza' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getAllByText(/Nell’anteprima è disattivato/).length).toBeGreaterThan(0);
    // The brand's mailbox needs a draft (off in the preview); its report page opens in the browser.
    expect(screen.getByRole('button', { name: 'Avvisa Amazon' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Avvisa Amazon (www.amazon.it)' }).getAttribute('aria-disabled')).not.toBe('true');
  });

  it('links the organization’s phishing guide (policy.helpUrl) through the channel', () => {
    const ch = channel();
    const policy = { ...withMailbox(), helpUrl: 'https://intranet.acme.it/phishing' };
    renderIn('en', <ReportActions report={report} message={message} policy={policy} channel={ch} />);
    fireEvent.click(screen.getByText('Your organization’s guide to phishing'));
    expect(ch.openPage).toHaveBeenCalledWith('https://intranet.acme.it/phishing');
  });

  it('with the pane’s policy and no channel, renders at once on the detected host (the preview here) without fetching', () => {
    const fetchSpy = jest.fn();
    (globalThis as { fetch?: unknown }).fetch = fetchSpy;
    try {
      renderIn('en', <ReportActions report={report} message={message} policy={withMailbox()} />);
      expect(screen.getByRole('button', { name: 'Report to security team' }).getAttribute('aria-disabled')).toBe('true');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      delete (globalThis as { fetch?: unknown }).fetch;
    }
  });

  it('renders nothing when the policy allows no action', () => {
    const { container } = renderIn('en', <ReportActions report={report} message={message} policy={withMailbox({ actions: [] })} channel={channel()} />);
    expect(container.textContent).toBe('');
  });
});
