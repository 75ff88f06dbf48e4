import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { i18next } from '../i18n/i18n';
import { JoinHeading } from './JoinHeading';

const preview = (role: 'chair' | 'peer', title = 'Team North, March') =>
  ({ title, methodId: 'intervision', role, status: 'lobby' }) as const;

describe('JoinHeading', () => {
  test('names the session in bold and says the chair link makes you the chair', () => {
    render(<JoinHeading preview={preview('chair')} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('You are joining Team North, March as the chair');
    expect(heading.querySelector('strong')).toHaveTextContent(/^Team North, March$/);
  });

  test('says the invite link makes you a participant', () => {
    render(<JoinHeading preview={preview('peer')} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'You are joining Team North, March as a participant',
    );
  });

  test('speaks Dutch with the group’s own words: voorzitter and deelnemer', async () => {
    await i18next.changeLanguage('nl');
    const { rerender } = render(<JoinHeading preview={preview('chair')} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Je neemt deel aan Team North, March als voorzitter',
    );
    rerender(<JoinHeading preview={preview('peer')} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Je neemt deel aan Team North, March als deelnemer',
    );
  });

  test('a title with markup in it is shown as text, not turned into elements', () => {
    render(<JoinHeading preview={preview('peer', '<b>Bold</b> & <session>x</session>')} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.querySelector('strong')).toHaveTextContent('<b>Bold</b> & <session>x</session>');
    expect(heading.querySelector('b')).toBeNull();
  });

  test('says plainly "join the session" until the server has said what the link opens', () => {
    render(<JoinHeading preview={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Join the session');
  });
});
