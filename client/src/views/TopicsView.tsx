import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import type { DependenciesT } from '../../../graph/api/responses.js';
import { q, useApi } from '../api/client.js';
import { TopicRoleSelect } from '../components/TopicRoleSelect.js';
import { GraphCanvas } from '../components/GraphCanvas.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { openNode, type UrlState } from '../state/urlState.js';

/** Topics weighted by shared cases. */
export function TopicsView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t } = useT();
  const role = state.topicRole ?? 'main';
  const res = useApi<DependenciesT>(`/api/topics/dependencies?${q({ role })}`);
  const elements = useMemo<ElementDefinition[]>(() => {
    const d = res.data;
    if (!d) return [];
    const linked = new Set(d.links.flatMap((l) => [l.source, l.target]));
    return [
      ...d.topics
        .filter((tp) => linked.has(tp.id))
        .map((tp) => ({
          group: 'nodes' as const,
          data: { id: tp.id, kind: 'Topic', label: `${tp.name} (${tp.cases})`, cases: tp.cases },
        })),
      ...d.links.map((l) => ({
        group: 'edges' as const,
        data: {
          id: `DEP|${l.source}|${l.target}`,
          source: l.source,
          target: l.target,
          type: 'DEPENDS',
          label: String(l.weight),
          weight: l.weight,
        },
      })),
    ];
  }, [res.data]);
  return (
    <div className="topics-view">
      <div className="toolbar">
        <TopicRoleSelect value={role} update={update} />
        <span className="hint">{t('topicsHelp')}</span>
        {res.data && (
          <span className="hint">
            {t('topicsAlone')}:{' '}
            {res.data.topics
              .filter((tp) => !res.data!.links.some((l) => l.source === tp.id || l.target === tp.id))
              .map((tp, i) => (
                <span key={tp.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link" onClick={() => update(openNode(tp.id))}>
                    {tp.name}
                  </button>
                </span>
              ))}
          </span>
        )}
      </div>
      <Status loading={res.loading && !res.data} error={res.error} retry={res.retry}>
        <div className="canvas-wrap">
          <GraphCanvas
            elements={elements}
            layout="fcose"
            hidden={new Set()}
            pinned={new Set()}
            label={t('view.topics')}
            onSelect={() => {}}
            onExpand={(id) => update(openNode(id))}
          />
        </div>
      </Status>
    </div>
  );
}
