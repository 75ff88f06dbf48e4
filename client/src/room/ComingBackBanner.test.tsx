import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ComingBackBanner } from './ComingBackBanner';

const noop = () => undefined;

describe('ComingBackBanner', () => {
  test('says the presenter is coming back until this page hears them, then that they are back', () => {
    const { rerender } = render(
      <ComingBackBanner name="Pia" hearing={{ hears: false, since: 1 }} onDone={noop} />,
    );
    const banner = screen.getByTestId('coming-back-banner');
    expect(banner).toHaveTextContent('Pia is coming back…');
    expect(banner).toHaveAttribute('data-state', 'coming');

    rerender(<ComingBackBanner name="Pia" hearing={{ hears: true, since: 42 }} onDone={noop} />);
    expect(banner).toHaveTextContent('Pia is back.');
    expect(banner).toHaveAttribute('data-state', 'back');
    expect(banner).toHaveAttribute('data-since', '42');
  });
});
