import type { Source } from '../lib/source.ts';
import { usePageConfig } from '../lib/use-page-config.ts';

/** Top bar: product name, and where the dashboard points (mode, accounts and regions, writes allowed). */
export function AppHeader() {
  const config = usePageConfig();
  return (
    <header className="top-nav">
      <div className="top-nav__brand">
        <svg className="top-nav__logo" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d="M4 6h16M4 12h10M4 18h6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="18" cy="16" r="3.2" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="top-nav__product">CloudTrail Lake</span>
        <span className="top-nav__section">Imports dashboard</span>
      </div>
      <dl className="top-nav__context" aria-label="Connection">
        {config.data ? (
          <>
            <Item label="Mode" value={config.data.mode === 'emulator' ? 'Local emulator' : 'AWS'} badge={config.data.mode} />
            {config.data.sources.length > 1 ? (
              <Item label="Sources" value={sourcesSummary(config.data.sources)} />
            ) : (
              <>
                <Item label="Account" value={config.data.account || 'unknown'} />
                <Item label="Region" value={config.data.region} />
              </>
            )}
            <Item label="Writes" value={config.data.readOnly ? 'Read-only' : 'Allowed'} />
          </>
        ) : config.isError ? (
          <Item label="Connection" value="Configuration unavailable (GET /config failed)" />
        ) : (
          <Item label="Connection" value="Loading…" />
        )}
      </dl>
    </header>
  );
}

function Item({ label, value, badge }: { label: string; value: string; badge?: string }) {
  return (
    <div className="top-nav__item">
      <dt>{label}</dt>
      <dd className={badge ? `badge badge--${badge}` : undefined}>{value}</dd>
    </div>
  );
}

/** "15 (5 accounts × 3 regions)" */
function sourcesSummary(sources: readonly Source[]): string {
  const accounts = new Set(sources.map((s) => s.account)).size;
  const regions = new Set(sources.map((s) => s.region)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${sources.length} (${plural(accounts, 'account')} × ${plural(regions, 'region')})`;
}
