import { Component, type ReactNode } from 'react';

/** Everything this screen says, in one place (to move into translations as a whole). */
const TEXT = {
  title: 'The session could not load',
  hint: 'The connection may have dropped. Reload the page to try again.',
  reload: 'Reload',
};

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
        <h1>{TEXT.title}</h1>
        <p>{TEXT.hint}</p>
        <button className="button button--primary" onClick={() => window.location.reload()}>
          {TEXT.reload}
        </button>
      </main>
    );
  }
}
