/** @jest-environment ./test/taskpane/jsdom-environment.cjs */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MailMessage, Policy } from '../../src/engine';
import { DEFAULT_POLICY } from '../../src/engine';
import type { MailSource, ReadOutcome } from '../../src/office';
import { OutlookPane, OutlookRoot } from '../../src/taskpane/OutlookPane';
import PreviewPage from '../../src/taskpane/preview/PreviewPage';
import { loadPanePolicy } from '../../src/taskpane/load-policy';
import { buildMessage } from '../support/build-message';
import { renderPane } from './render-pane';

/** A MailSource whose reads the test resolves by hand, in any order. */
function manualSource(): MailSource & { pending: ((outcome: ReadOutcome) => void)[]; change(): void } {
  const listeners = new Set<() => void>();
  const pending: ((outcome: ReadOutcome) => void)[] = [];
  return {
    host: 'outlook',
    displayLanguage: 'en-US',
    theme: undefined,
    pending,
    read: (signal) =>
      new Promise<ReadOutcome>((resolve) => {
        pending.push((outcome) => resolve(signal.aborted ? { kind: 'cancelled' } : outcome));
      }),
    onItemChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change() {
      for (const listener of listeners) listener();
    },
    onThemeChanged: () => () => undefined,
  };
}

const note = (subject: string): MailMessage => buildMessage({ from: 'Marco <marco@example.it>', subject, text: 'Ciao, a domani.' });

describe('OutlookPane', () => {
  test('ItemChanged re-analyzes; a stale slow result never replaces the new item', async () => {
    const source = manualSource();
    renderPane(<OutlookPane source={source} policy={DEFAULT_POLICY} />);
    expect(screen.getByTestId('loading')).toBeTruthy();
    await waitFor(() => expect(source.pending).toHaveLength(1));
    act(() => source.change());
    await waitFor(() => expect(source.pending).toHaveLength(2));
    // The new item's read finishes first, then the old one's.
    await act(async () => {
      source.pending[1]?.({ kind: 'unsupported', reason: 'appointment' });
      await Promise.resolve();
    });
    await act(async () => {
      source.pending[0]?.({ kind: 'message', message: note('old'), source: 'eml' });
      await Promise.resolve();
    });
    await screen.findByTestId('unsupported');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  test('error state retries and then shows the verdict', async () => {
    const source = manualSource();
    renderPane(<OutlookPane source={source} policy={DEFAULT_POLICY} />);
    await waitFor(() => expect(source.pending).toHaveLength(1));
    await act(async () => {
      source.pending[0]?.({ kind: 'error', reason: 'timed out' });
      await Promise.resolve();
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(source.pending).toHaveLength(2));
    await act(async () => {
      source.pending[1]?.({ kind: 'message', message: note('hello'), source: 'parts' });
      await Promise.resolve();
    });
    expect((await screen.findByTestId('verdict')).getAttribute('data-verdict')).toBe('safe');
  });

  test('item === null shows the no-selection state', async () => {
    const source = manualSource();
    renderPane(<OutlookPane source={source} policy={DEFAULT_POLICY} />);
    await waitFor(() => expect(source.pending).toHaveLength(1));
    await act(async () => {
      source.pending[0]?.({ kind: 'no-item' });
      await Promise.resolve();
    });
    expect((await screen.findByTestId('no-item')).textContent).toBe('Select a message to check it.');
  });
});

describe('OutlookRoot', () => {
  test('reads the item while the policy is still loading, then analyzes with it, in the language it names', async () => {
    const source = manualSource();
    let resolvePolicy: (policy: Policy) => void = () => undefined;
    const policy = new Promise<Policy>((resolve) => {
      resolvePolicy = resolve;
    });
    render(<OutlookRoot source={source} policy={policy} />);
    expect(document.documentElement.lang).toBe('en');
    // The read starts before the policy has arrived.
    await waitFor(() => expect(source.pending).toHaveLength(1));
    await act(async () => {
      source.pending[0]?.({ kind: 'message', message: note('ciao'), source: 'eml' });
      await Promise.resolve();
    });
    expect(screen.queryByTestId('verdict')).toBeNull();
    await act(async () => {
      resolvePolicy({ ...DEFAULT_POLICY, language: 'it' });
      await Promise.resolve();
    });
    expect((await screen.findByTestId('verdict')).textContent).toContain('Nessun segnale di truffa trovato');
    expect(document.documentElement.lang).toBe('it');
  });
});

describe('PreviewPage', () => {
  test('shows a drop zone and analyzes a picked .eml', async () => {
    renderPane(<PreviewPage policy={DEFAULT_POLICY} emlUrl={null} />);
    expect(screen.getByTestId('drop-zone').textContent).toContain('Drop an .eml file here');
    const eml = 'From: Marco <marco@example.it>\r\nTo: a@example.it\r\nSubject: Pranzo\r\n\r\nA che ora?\r\n';
    const file = new File([eml], 'note.eml', { type: 'message/rfc822' });
    if (!('arrayBuffer' in file)) Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(new TextEncoder().encode(eml).buffer) });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    expect((await screen.findByTestId('verdict', {}, { timeout: 5000 })).getAttribute('data-verdict')).toBe('safe');
    expect(screen.getByRole('button', { name: 'Check another file' })).toBeTruthy();
  });
});

describe('loadPanePolicy', () => {
  // The loader's own cases (404, broken JSON, timeouts, size) are tested in test/office/report/load-policy.test.ts.
  test('reads policy.json beside the pane page and applies it', async () => {
    const fetchMock = jest.fn(() => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify({ language: 'it' })) }));
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
    const original = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    try {
      const policy = await loadPanePolicy('https://addin.acme.example/occhio/taskpane.html?x=1');
      expect(policy.language).toBe('it');
      expect(fetchMock).toHaveBeenCalledWith('https://addin.acme.example/occhio/policy.json', expect.anything());
    } finally {
      globalThis.fetch = original;
      info.mockRestore();
    }
  });
});
