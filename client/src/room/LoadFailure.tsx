import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n/i18n';

interface State {
  failed: boolean;
}

/**
 * Catches a part of the app that failed to load (a chunk fetched on demand over a broken
 * connection) and offers a reload instead of a blank page.
 */
export class LoadFailure extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page page--narrow" role="alert" data-testid="load-failure">
        <h1>{i18next.t('loadFailure.title')}</h1>
        <p>{i18next.t('loadFailure.hint')}</p>
        <button className="button button--primary" onClick={() => window.location.reload()}>
          {i18next.t('loadFailure.reload')}
        </button>
      </main>
    );
  }
}
