/** @jest-environment ./test/taskpane/jsdom-environment.cjs */
// The small token-styled stand-ins for Fluent's Accordion, MessageBar, Badge and Button (kept out of the bytes the
// verdict waits for): they must keep the semantics the Fluent components gave.
import { fireEvent, screen, within } from '@testing-library/react';
import { Disclosure } from '../../src/taskpane/components/Disclosure';
import { FlagList } from '../../src/taskpane/components/FlagList';
import { PartialNotice } from '../../src/taskpane/components/PartialNotice';
import { PrimaryButton } from '../../src/taskpane/components/PrimaryButton';
import { renderPane, reportOf } from './render-pane';

describe('Disclosure', () => {
  test('starts collapsed; the heading button opens and closes the panel it controls', () => {
    renderPane(
      <Disclosure title="Links (1)">
        <span>https://evil.example/login</span>
      </Disclosure>,
    );
    const button = within(screen.getByRole('heading', { level: 3 })).getByRole('button', { name: 'Links (1)' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('https://evil.example/login')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.textContent).toBe('https://evil.example/login');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('https://evil.example/login')).toBeNull();
  });
});

describe('Notice (partial analysis)', () => {
  test('a group named by its title, with the lines below', () => {
    renderPane(<PartialNotice report={reportOf({ unavailable: ['headers'] })} />);
    const group = screen.getByRole('group', { name: 'Partial analysis' });
    expect(group.getAttribute('data-intent')).toBe('info');
    expect(group.textContent).toContain('Headers are not available in this Outlook version');
  });

  test('nothing when every check ran', () => {
    renderPane(<PartialNotice report={reportOf({})} />);
    expect(screen.queryByTestId('partial')).toBeNull();
  });
});

describe('severity labels', () => {
  test('each flag shows its severity in words, styled per severity', () => {
    const flag = { title: 'T', explanation: '', sentences: ['s'], evidence: [] };
    renderPane(
      <FlagList
        flags={[
          { ...flag, detectorId: 'a', severity: 'high' },
          { ...flag, detectorId: 'b', severity: 'low' },
        ]}
      />,
    );
    const [high, low] = ['a', 'b'].map((id) => document.querySelector(`[data-flag="${id}"] h3 + span`));
    expect(high?.textContent).toBe('Strong red flag');
    expect(low?.textContent).toBe('Weak signal');
    expect(high?.className).not.toBe(low?.className);
  });
});

describe('PrimaryButton', () => {
  test('a real button with its label as name; the icon is hidden from screen readers', () => {
    const onClick = jest.fn();
    renderPane(
      <PrimaryButton icon={<svg data-testid="icon" />} onClick={onClick}>
        Try again
      </PrimaryButton>,
    );
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button.getAttribute('type')).toBe('button');
    expect(screen.getByTestId('icon').parentElement?.getAttribute('aria-hidden')).toBe('true');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
