import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

interface State {
  error?: unknown;
}

/**
 * Catches what a page's components throw while rendering (e.g. a live query when the database
 * cannot be opened) and says so, with what to do, instead of leaving the seller a blank popup.
 */
export default class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[ShopMate] page error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return <PageError error={this.state.error} />;
  }
}

function PageError({ error }: { error: unknown }) {
  const t = useT();
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <div className="page-error" role="alert">
      <p>
        <strong>{t('app.crashed', { reason })}</strong>
      </p>
      <p>{t('app.crashedAdvice')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
