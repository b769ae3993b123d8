import type { LandscapeT } from '../../../../graph/api/strategy.js';
import { COMMUNITY_COLORS } from '../../components/dependencyStyle.js';
import { useStrategyT } from '../../i18n/strategyStrings.js';

const TOP = 6;

/** Clusters of topics, the most central topics and the actors who speak across most clusters. */
export function LandscapePanel({ landscape, onOpen }: { landscape: LandscapeT; onOpen: (id: string) => void }) {
  const { s } = useStrategyT();
  const name = new Map(landscape.topics.map((t) => [t.id, t.name]));
  const bridges = new Set(landscape.topics.filter((t) => t.bridge).map((t) => t.id));
  return (
    <section className="dep-landscape" aria-labelledby="dep-landscape-h">
      <h2 id="dep-landscape-h">{s('communities')}</h2>
      <ol className="dep-communities" data-testid="dep-communities">
        {landscape.communities
          .filter((c) => c.topics.length > 1)
          .map((c) => (
            <li key={c.id}>
              <span
                className="swatch"
                aria-hidden="true"
                style={{ background: COMMUNITY_COLORS[(c.id - 1) % COMMUNITY_COLORS.length] }}
              />
              <strong>
                {s('community')} {c.id}:
              </strong>{' '}
              {c.topics.map((t) => name.get(t) ?? t).join(', ')}
            </li>
          ))}
      </ol>
      <h2>{s('central')}</h2>
      <ol className="dep-central" data-testid="dep-central">
        {landscape.topics.slice(0, TOP).map((t) => (
          <li key={t.id}>
            <button type="button" className="link" onClick={() => onOpen(t.id)}>
              {t.name}
            </button>{' '}
            <span className="muted">
              ({s('community')} {t.community}
              {bridges.has(t.id) ? `, ${s('bridge')}` : ''})
            </span>
          </li>
        ))}
      </ol>
      <h2>{s('actorsAcross')}</h2>
      <ol className="dep-actors">
        {landscape.actors.slice(0, TOP).map((a) => (
          <li key={a.id}>
            <button type="button" className="link" onClick={() => onOpen(a.id)}>
              {a.name}
            </button>{' '}
            <span className="muted">
              ({a.communities} {s('clusters')}, {a.statements} {s('statementsShort')})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
