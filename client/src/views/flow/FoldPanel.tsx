import type { FlowT } from '../../../../graph/api/responses.js';
import { useT } from '../../i18n/i18n.js';
import type { Box } from '../flowLayout.js';

/** What a folded box holds: its cases, each selectable, and a way to zoom in on its period. */
export function FoldPanel(props: {
  box: Box;
  flow: FlowT;
  onSelect: (id: string) => void;
  onZoom: () => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const { box, flow } = props;
  const byId = new Map(flow.cases.map((c) => [c.id, c]));
  return (
    <section className="fold-panel" data-testid="fold-panel" aria-label={t('flow.folded')}>
      <h3>
        {box.label}: {box.ids.length} {box.ids.length === 1 ? t('flow.case') : t('flow.cases')}
      </h3>
      <ul>
        {box.ids.map((id) => {
          const c = byId.get(id);
          return (
            <li key={id}>
              <button type="button" className="linklike" onClick={() => props.onSelect(id)}>
                {c ? `${c.committee} ${c.number} ${c.title}` : id}
              </button>{' '}
              <span className="muted">{c?.dates[c.dates.length - 1] ?? c?.date ?? ''}</span>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={props.onZoom}>
        {t('flow.zoomTo')}
      </button>{' '}
      <button type="button" onClick={props.onClose}>
        {t('flow.close')}
      </button>
    </section>
  );
}
