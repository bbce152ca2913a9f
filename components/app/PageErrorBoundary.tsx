import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

interface Props {
  children: ReactNode;
  /** Shown above the message when the page fails (mountPage puts the trust banner there, with its rescue backup). */
  aside?: ReactNode;
}

interface State {
  error?: unknown;
}

/**
 * Catches what a page's components throw while rendering (e.g. a live query when the database
 * cannot be opened) and says so, with what to do, instead of leaving the seller a blank popup.
 */
export default class PageErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[ShopMate] page error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <>
        {this.props.aside}
        <PageError error={this.state.error} />
      </>
    );
  }
}

/** Dexie's names for "the database could not be opened" (the error itself or what it wraps). */
const DATABASE_ERRORS = new Set(['DatabaseClosedError', 'OpenFailedError', 'UpgradeError', 'VersionError', 'MissingAPIError']);

export function isDatabaseOpenError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    if (DATABASE_ERRORS.has(String((e as { name?: unknown }).name))) return true;
  }
  return false;
}

/** "Name: message" (Dexie's messages leave the name out), for the seller to quote when reporting it. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name === 'Error' || error.message.startsWith(error.name) ? error.message : `${error.name}: ${error.message}`;
}

/** What failed and what to do; a database that cannot be opened gets its own words (the data is still there). */
export function PageError({ error }: { error: unknown }) {
  const t = useT();
  const reason = describeError(error);
  const database = isDatabaseOpenError(error);
  return (
    <div className="page-error" role="alert">
      <p>
        <strong>{database ? t('app.dbUnavailable', { reason }) : t('app.crashed', { reason })}</strong>
      </p>
      <p>{database ? t('app.dbUnavailableAdvice') : t('app.crashedAdvice')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
