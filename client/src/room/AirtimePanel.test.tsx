import type { Ack } from '@intervision/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { AirtimePanel } from './AirtimePanel';

const view = sessionViewFixture(1);
const okSend = () => vi.fn<SendCommand>(async (): Promise<Ack> => ({ ok: true }));
const report = {
  p1: { phaseMs: 120_000, sessionMs: 300_000 },
  q1: { phaseMs: 30_000, sessionMs: 30_000 },
};

describe('AirtimePanel', () => {
  test('shows a phase and a session bar per person, relative to whoever spoke most', () => {
    render(<AirtimePanel view={view} report={report} mirror={null} send={okSend()} />);
    const people = screen.getAllByTestId('airtime-person');
    expect(people).toHaveLength(3);
    const pat = within(people[1]!).getAllByRole('img');
    expect(pat[0]).toHaveAccessibleName('This phase: 2 minutes');
    expect(pat[0]).toHaveStyle({ inlineSize: '100%' });
    expect(pat[1]).toHaveAccessibleName('Whole session: 5 minutes');
    const quinn = within(people[2]!).getAllByRole('img');
    expect(quinn[0]).toHaveAccessibleName('This phase: under a minute');
    expect(quinn[0]).toHaveStyle({ inlineSize: '25%' });
    expect(quinn[1]).toHaveStyle({ inlineSize: '10%' });
  });

  test('marks those who have not spoken yet in this phase', () => {
    render(<AirtimePanel view={view} report={report} mirror={null} send={okSend()} />);
    const silent = screen.getAllByTestId('airtime-silent');
    expect(silent).toHaveLength(1);
    expect(screen.getAllByTestId('airtime-person')[0]).toHaveTextContent(
      'Chris (chair) · not yet spoken',
    );
  });

  test('marks everyone before any figures have come', () => {
    render(<AirtimePanel view={view} report={null} mirror={null} send={okSend()} />);
    expect(screen.getAllByTestId('airtime-silent')).toHaveLength(3);
  });

  test('says the server measures no airtime instead of marking everyone as silent', () => {
    render(<AirtimePanel view={view} report={null} mirror={null} unavailable send={okSend()} />);
    expect(screen.getByTestId('airtime-unavailable')).toHaveTextContent(
      'This server does not measure airtime',
    );
    expect(screen.queryAllByTestId('airtime-silent')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Show the airtime mirror' })).toBeNull();
  });

  test('shows the group the mirror, and hides it while it is shown', async () => {
    const send = okSend();
    const { rerender } = render(
      <AirtimePanel view={view} report={report} mirror={null} send={send} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show the airtime mirror' }));
    expect(send).toHaveBeenLastCalledWith('airtime:mirror', { show: true });
    rerender(
      <AirtimePanel
        view={view}
        report={report}
        mirror={{ scope: 'phase', shares: { p1: 80, q1: 20, c1: 0 } }}
        send={send}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Hide the airtime mirror' }));
    expect(send).toHaveBeenLastCalledWith('airtime:mirror', { show: false });
  });

  test('says why when the server refuses the mirror', async () => {
    const send = vi.fn<SendCommand>(async (): Promise<Ack> => ({
      ok: false,
      error: 'media_unavailable',
    }));
    render(<AirtimePanel view={view} report={report} mirror={null} send={send} />);
    await userEvent.click(screen.getByTestId('airtime-mirror'));
    expect(await screen.findByRole('alert')).not.toBeEmptyDOMElement();
  });
});
