import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppHeader } from '../AppHeader';
import { CreateScreen } from '../create/CreateScreen';
import { initialLanguage } from './language';

describe('language', () => {
  afterEach(() => vi.restoreAllMocks());

  test('switching to Dutch translates the page, sets <html lang> and is remembered', async () => {
    render(
      <>
        <AppHeader />
        <CreateScreen />
      </>,
    );
    expect(screen.getByTestId('create-submit')).toHaveTextContent('Create session');
    await userEvent.selectOptions(screen.getByTestId('language-switch'), 'nl');
    expect(screen.getByTestId('create-submit')).toHaveTextContent('Bijeenkomst aanmaken');
    expect(screen.getByRole('option', { name: 'Intervisie' })).toBeInTheDocument();
    expect(screen.getByText('Inbreng')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('intervision:language')).toBe('nl');
    expect(initialLanguage()).toBe('nl');
  });

  test('without a stored choice the browser’s first language we speak is used', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'nl-BE', 'en']);
    expect(initialLanguage()).toBe('nl');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    expect(initialLanguage()).toBe('en');
  });

  test('a stored choice wins over the browser’s languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-NL']);
    localStorage.setItem('intervision:language', 'en');
    expect(initialLanguage()).toBe('en');
  });
});
