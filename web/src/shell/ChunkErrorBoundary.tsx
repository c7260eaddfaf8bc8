import { Button } from 'antd';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  children: ReactNode;
  /** A new key (the path) clears the error, so navigating away recovers. */
  resetKey: string;
}

interface State {
  error: Error | null;
  key: string;
}

/** Catches a page that failed to load or render (e.g. a lazy chunk after a redeploy) and offers a reload. */
export class ChunkErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? <PageFailed /> : this.props.children;
  }
}

// Plain markup: this must render even when the chunks holding heavier components failed to load.
function PageFailed() {
  const { t } = useI18n();
  return (
    <div role="alert" style={{ padding: '48px 0', textAlign: 'center' }}>
      <h1 style={{ fontSize: 22 }}>{t('app.chunkError.title')}</h1>
      <p>{t('app.chunkError.detail')}</p>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </div>
  );
}
