import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18next } from './i18n/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
  // A test that switches language must not change the next one's.
  void i18next.changeLanguage('en');
});
