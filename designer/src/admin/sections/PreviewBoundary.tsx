import { Component, type ReactNode } from 'react';
import { t } from '../../i18n/i18n';

/** Keeps a broken form schema from taking the editor down: the preview says what went wrong instead. */
export class PreviewBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error)
      return <p className="gf-error">{t('表单无法预览：{reason}', { reason: this.state.error })}</p>;
    return this.props.children;
  }
}
