/** @jest-environment ./test/taskpane/jsdom-environment.cjs */
import { fireEvent, screen, within } from '@testing-library/react';
import { DETECTORS } from '../../src/engine';
import { buildMessage } from '../support/build-message';
import ReportPanel from '../../src/taskpane/components/ReportPanel';
import { PaneView } from '../../src/taskpane/components/PaneView';
import { AMAZON, findingOf, renderPane, reportOf, sentenceOf } from './render-pane';

const message = buildMessage({ from: 'Amazon <x@amazon-verify.top>', subject: 'Account', html: '<a href="https://amazon-verify.top/">https://www.amazon.it</a>' });

describe('ReportPanel', () => {
  test('dangerous verdict with a brand: the sentence names it, in Italian', () => {
    const report = reportOf({ verdict: 'dangerous', score: 12, brand: AMAZON, findings: [findingOf('link-text-mismatch', 'high', ['https://www.amazon.it', 'https://amazon-verify.top/'])] });
    renderPane(<ReportPanel report={report} message={message} />, 'it');
    const banner = screen.getByTestId('verdict');
    expect(banner.getAttribute('data-verdict')).toBe('dangerous');
    expect(within(banner).getByRole('heading', { level: 1 }).textContent).toBe('Probabile truffa: si spaccia per Amazon');
    expect(banner.getAttribute('role')).toBe('status');
  });

  test('a forward judged on its original says whose message it judged, as text', () => {
    const forwardedOriginal = { via: 'inline' as const, from: 'Microsoft <no-reply@ms-verify.top>', subject: 'Unusual sign-in' };
    renderPane(<ReportPanel report={reportOf({ verdict: 'suspicious', forwardedOriginal })} message={message} />, 'it');
    expect(screen.getByTestId('forwarded-original').textContent).toBe('Un inoltro: valutato sul messaggio che contiene, di Microsoft <no-reply@ms-verify.top>.');
  });

  test('red flags strongest first, each with the detector’s wording, explanation and evidence as text', () => {
    const weak = findingOf('urgency-pressure', 'low', ['entro 24 ore']);
    const strong = findingOf('link-text-mismatch', 'high', ['https://www.amazon.it', 'https://amazon-verify.top/<script>alert(1)</script>']);
    renderPane(<ReportPanel report={reportOf({ verdict: 'suspicious', findings: [weak, strong] })} message={message} />);
    const flags = screen.getByTestId('flags').querySelectorAll('[data-flag]');
    expect([...flags].map((f) => f.getAttribute('data-flag'))).toEqual(['link-text-mismatch', 'urgency-pressure']);
    const first = flags[0] as HTMLElement;
    const detector = DETECTORS.find((d) => d.id === 'link-text-mismatch');
    expect(first.textContent).toContain(detector?.title.en);
    expect(first.textContent).toContain(detector?.explanation.en);
    expect(first.textContent).toContain(sentenceOf(strong, 'en'));
    expect(within(first).getByText('https://amazon-verify.top/<script>alert(1)</script>').tagName).toBe('CODE');
    expect(document.querySelectorAll('a[href], script')).toHaveLength(0);
  });

  test('no flags: "No signs of a scam found", never a guarantee, and the guidance', () => {
    const guidance = [{ en: 'Stay alert to unexpected requests.', it: 'Resta attento alle richieste inattese.' }];
    renderPane(<ReportPanel report={reportOf({ verdict: 'safe', guidance })} message={message} />, 'it');
    expect(screen.getByTestId('verdict').textContent).toContain('Nessun segnale di truffa trovato');
    expect(screen.queryByTestId('flags')).toBeNull();
    expect(screen.getByTestId('guidance').textContent).toBe('Resta attento alle richieste inattese.');
    expect(document.body.textContent).not.toMatch(/sicuro al 100|garantit/i);
  });

  test('partial analysis lists the checks that did not run', () => {
    const report = reportOf({ unavailable: ['headers'], limitsHit: ['MAX_LINKS'], errors: [{ detectorId: 'hidden-text', error: 'x' }] });
    renderPane(<ReportPanel report={report} message={message} />);
    const partial = screen.getByTestId('partial');
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
