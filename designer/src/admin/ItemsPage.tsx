import './admin.css';
import type { PageProps } from '../App';
import { ItemCatalogPage } from './ItemCatalogPage';
import { ItemEditorPage } from './ItemEditorPage';
import type { EditorTab } from './problems';

const TABS: readonly EditorTab[] = ['basic', 'limits', 'service', 'materials', 'form', 'process', 'history'];

/** `#/items` lists the catalog; `#/items/<code>[/<tab>]` edits one item. */
export function ItemsPage({ params, navigate }: PageProps) {
  const [code, tabParam] = params;
  if (!code) return <ItemCatalogPage onOpen={(c) => navigate(`items/${encodeURIComponent(c)}`)} />;
  const tab = TABS.find((t) => t === tabParam) ?? 'basic';
  return (
    <ItemEditorPage
      key={code}
      code={code}
      tab={tab}
      onTab={(next) => navigate(`items/${encodeURIComponent(code)}/${next}`)}
      onBack={() => navigate('items')}
    />
  );
}
