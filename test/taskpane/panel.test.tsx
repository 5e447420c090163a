/** @jest-environment ./test/taskpane/jsdom-environment.cjs */
import { fireEvent, screen, within } from '@testing-library/react';
import { DETECTORS } from '../../src/engine';
import { buildMessage } from '../support/build-message';
import ReportPanel from '../../src/taskpane/components/ReportPanel';
import { PaneView } from '../../src/taskpane/components/PaneView';
import { AMAZON, findingOf, renderPane, reportOf, sentenceOf } from './render-pane';

const message = buildMessage({ from: 'Amazon <x@amazon-verify.top>', subject: 'Account', html: '<a href="https://amazon-verify.top/">https://www.amazon.it</a>' });

describe('ReportPanel', () => {
  test('dangerous verdict with a brand: the sentence names it, in Italian', async () => {
    const report = reportOf({ verdict: 'dangerous', score: 12, brand: AMAZON, findings: [findingOf('link-text-mismatch', 'high', ['https://www.amazon.it', 'https://amazon-verify.top/'])] });
    renderPane(<ReportPanel report={report} message={message} />, 'it');
    const banner = screen.getByTestId('verdict');
    expect(banner.getAttribute('data-verdict')).toBe('dangerous');
    expect(within(banner).getByRole('heading', { level: 1 }).textContent).toBe('Probabile truffa: si spaccia per Amazon');
    expect(banner.getAttribute('role')).toBe('status');
    // The parts after the verdict follow once their chunk is in.
    await screen.findByTestId('details');
  });

  test('a forward judged on its original shows the original’s sender, as text', async () => {
    const forwardedOriginal = { via: 'inline' as const, from: 'Microsoft <no-reply@ms-verify.top>', subject: 'Unusual sign-in' };
    renderPane(<ReportPanel report={reportOf({ verdict: 'suspicious', forwardedOriginal })} message={message} />, 'it');
    const sender = await screen.findByTestId('sender');
    expect(sender.textContent).toBe('Inoltrato, in origine da Microsoftno-reply@ms-verify.topNon controllato');
    expect(sender.querySelector('strong')?.textContent).toBe('ms-verify.top');
  });

  test('under the verdict: the sender with its check, the first thing to do, in that order', async () => {
    const verified = buildMessage({
      from: 'Amazon <x@amazon-verify.top>',
      authenticationResults: 'mx.acme.it; spf=pass smtp.mailfrom=amazon-verify.top; dkim=pass header.d=amazon-verify.top; dmarc=pass header.from=amazon-verify.top',
    });
    const guidance = [{ en: 'Do this first.', it: 'Fai prima questo.' }, { en: 'Then this.', it: 'Poi questo.' }];
    renderPane(<ReportPanel report={reportOf({ verdict: 'dangerous', guidance })} message={verified} />);
    const sender = await screen.findByTestId('sender');
    expect(sender.getAttribute('data-check')).toBe('verified');
    expect(sender.textContent).toContain('Verified');
    expect(screen.getByTestId('first-action').textContent).toBe('Do this first.');
    expect((await screen.findByTestId('guidance')).textContent).toBe('Then this.');
    const order = [screen.getByTestId('verdict'), sender, screen.getByTestId('first-action')];
    for (let i = 1; i < order.length; i += 1) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a sender without authentication results is not checked; one with failing results is not verified', async () => {
    const { unmount } = renderPane(<ReportPanel report={reportOf({ verdict: 'suspicious' })} message={message} />);
    expect((await screen.findByTestId('sender')).getAttribute('data-check')).toBe('not-checked');
    unmount();
    const failing = buildMessage({ from: 'Amazon <x@amazon-verify.top>', authenticationResults: 'mx.acme.it; spf=fail smtp.mailfrom=amazon-verify.top; dmarc=fail header.from=amazon-verify.top' });
    renderPane(<ReportPanel report={reportOf({ verdict: 'suspicious' })} message={failing} />, 'it');
    expect((await screen.findByTestId('sender')).textContent).toContain('Non verificato');
  });

  test('red flags strongest first, one sentence each with the evidence inline as text, the explanation behind a disclosure', async () => {
    const weak = findingOf('urgency-pressure', 'low', ['entro 24 ore']);
    const strong = { ...findingOf('link-text-mismatch', 'high', []), data: { shown: 'https://www.amazon.it', actual: 'https://amazon-verify.top/<script>alert(1)</script>' }, evidence: ['https://www.amazon.it'] };
    renderPane(<ReportPanel report={reportOf({ verdict: 'suspicious', findings: [weak, strong] })} message={message} />);
    const flags = (await screen.findByTestId('flags')).querySelectorAll('[data-flag]');
    expect([...flags].map((f) => f.getAttribute('data-flag'))).toEqual(['link-text-mismatch', 'urgency-pressure']);
    const first = flags[0] as HTMLElement;
    const detector = DETECTORS.find((d) => d.id === 'link-text-mismatch');
    // The long path is cut (the whole link stays in the details), the script stays text.
    expect(first.querySelector('p')?.textContent).toBe('The link shows https://www.amazon.it but opens https://amazon-verify.top/<script>alert(1)</scrip….');
    expect(sentenceOf(strong, 'en')).toContain('alert(1)</script>');
    expect([...first.querySelectorAll('strong')].map((b) => b.textContent)).toEqual(['amazon.it', 'amazon-verify.top']);
    expect(first.textContent).not.toContain(detector?.explanation.en);
    fireEvent.click(within(first).getByRole('button', { name: 'Why it matters' }));
    expect(first.textContent).toContain(detector?.explanation.en);
    expect(document.querySelectorAll('a[href], script')).toHaveLength(0);
  });

  test('a caution verdict counts "unusual details", never red flags', async () => {
    const findings = [findingOf('link-text-mismatch', 'high', ['x.top']), findingOf('urgency-pressure', 'medium', ['now'])];
    renderPane(<ReportPanel report={reportOf({ verdict: 'caution', findings })} message={message} />);
    expect(screen.getByTestId('verdict').textContent).toContain('2 unusual details');
    await screen.findByTestId('flags');
    expect(document.body.textContent).not.toMatch(/red flag/i);
    expect([...document.querySelectorAll('[data-severity]')].map((f) => f.getAttribute('data-severity'))).toEqual(['low', 'low']);
  });

  test('no flags: "No signs of a scam found", never a guarantee, and the guidance', async () => {
    const guidance = [{ en: 'Be wary of unexpected requests.', it: 'Fai attenzione alle richieste inattese.' }];
    renderPane(<ReportPanel report={reportOf({ verdict: 'safe', guidance })} message={message} />, 'it');
    expect(screen.getByTestId('verdict').textContent).toContain('Nessun segnale di truffa trovato');
    await screen.findByTestId('details');
    expect(screen.queryByTestId('flags')).toBeNull();
    expect(screen.getByTestId('first-action').textContent).toBe('Fai attenzione alle richieste inattese.');
    expect(document.body.textContent).not.toMatch(/sicuro al 100|garantit/i);
  });

  test('partial analysis lists the checks that did not run', async () => {
    const report = reportOf({ unavailable: ['headers'], limitsHit: ['MAX_LINKS'], errors: [{ detectorId: 'hidden-text', error: 'x' }] });
    renderPane(<ReportPanel report={report} message={message} />);
    const partial = await screen.findByTestId('partial');
    expect(partial.textContent).toContain('Headers are not available in this Outlook version');
    expect(partial.textContent).toContain('MAX_LINKS');
    expect(partial.textContent).toContain('hidden-text');
  });

  test('details list every link with its real destination, as text', async () => {
    const wrapped = buildMessage({
      from: 'Bank <info@bank.example>',
      html: '<a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Flogin&data=1">Accedi</a>',
      replyTo: 'Helpdesk <help@gmail.com>',
    });
    renderPane(<ReportPanel report={reportOf({})} message={wrapped} />);
    const details = await screen.findByTestId('details');
    for (const button of within(details).getAllByRole('button')) fireEvent.click(button);
    expect(details.textContent).toContain('https://evil.example/login');
    expect(details.textContent).toContain('evil.example');
    expect(details.textContent).toContain('Helpdesk <help@gmail.com>');
    expect(details.querySelectorAll('a')).toHaveLength(0);
  });
});

describe('PaneView states', () => {
  test('loading: a skeleton announced as busy', () => {
    renderPane(<PaneView state={{ status: 'loading' }} onRetry={() => undefined} />);
    const loading = screen.getByTestId('loading');
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.textContent).toContain('Checking the message');
  });

  test('error: explains and retries on click (keyboard-reachable button)', () => {
    const retry = jest.fn();
    renderPane(<PaneView state={{ status: 'error', reason: 'timed out after 30000 ms' }} onRetry={retry} />, 'it');
    expect(screen.getByRole('alert').textContent).toContain('timed out after 30000 ms');
    const button = screen.getByRole('button', { name: 'Riprova' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  test('unsupported items and no selection are calm explanations', () => {
    const { unmount } = renderPane(<PaneView state={{ status: 'unsupported', reason: 'appointment' }} onRetry={() => undefined} />);
    expect(screen.getByTestId('unsupported').textContent).toMatch(/Meeting invitations/);
    unmount();
    renderPane(<PaneView state={{ status: 'no-item' }} onRetry={() => undefined} />, 'it');
    expect(screen.getByTestId('no-item').textContent).toBe('Seleziona un messaggio per controllarlo.');
  });

  test('ready: the lazy panel appears', async () => {
    renderPane(<PaneView state={{ status: 'ready', report: reportOf({}), message }} onRetry={() => undefined} />);
    expect((await screen.findByTestId('verdict')).getAttribute('data-verdict')).toBe('safe');
  });
});
