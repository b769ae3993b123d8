import type { DrawnElements } from '../state/drawnElements.js';
import type { StanceT } from '../../../graph/schema/nodes.js';
import { useT } from '../i18n/i18n.js';

/** Closed summary groups of the answer, and how many nodes they hold. */
function folded(elements: DrawnElements) {
  const closed = (elements.summary ?? []).filter((g) => !g.open);
  return { closed, count: closed.reduce((s, g) => s + g.count, 0) };
}

/** The line above the canvas that says a big neighbourhood is shown as a summary. */
export function SummaryNote({ elements }: { elements: DrawnElements }) {
  const { t } = useT();
  const { closed, count } = folded(elements);
  if (!closed.length) return null;
  return (
    <p className="note" role="status" data-testid="summary-note">
      {t('summary.note')
        .replace('{shown}', String(elements.nodes.length - closed.length))
        .replace('{folded}', String(count))
        .replace('{groups}', String(closed.length))}
    </p>
  );
}

/**
 * What a summary folds. With `group`: that group (closed: what it holds and how to open it; open:
 * the nodes opening it showed). Without: every closed group, each one click from opening.
 */
export function SummaryPanel({
  elements,
  group,
  onOpen,
  onSelect,
}: {
  elements: DrawnElements;
  group?: string;
  onOpen: (id: string) => void;
  onSelect: (id: string) => void;
}) {
  const { t, plural: kindPlural } = useT();
  // A group of statements of one stance is named by it: "12 bekymringer", not "12 innspill".
  const named = (g: { kind: string; stance?: StanceT }) =>
    g.stance ? t(`stance.plural.${g.stance}`) : kindPlural(g.kind);
  const labelOf = (id: string) => elements.nodes.find((n) => n.data.id === id)?.data.label ?? id;
  if (!group) {
    const { closed } = folded(elements);
    if (!closed.length) return null;
    return (
      <section className="details summary-details" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('summary.title')}</h2>
        <ul>
          {closed.map((g) => (
            <li key={g.id}>
              <button type="button" className="link" onClick={() => onSelect(g.id)}>
                {labelOf(g.id)}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const g = elements.summary?.find((x) => x.id === group);
  if (!g) return <p className="hint">{t('selectSomething')}</p>;
  if (g.open) {
    const members = elements.nodes.filter((n) => n.data.group === g.id);
    const what = g.label ? `${g.label}: ${g.count} ${named(g)}` : `${g.count} ${named(g)}`;
    return (
      <section className="details group-details" aria-labelledby="group-title">
        <h2 id="group-title">{t('summary.opened').replace('{label}', what)}</h2>
        <ul>
          {members.map((m) => (
            <li key={m.data.id}>
              <button type="button" className="link" onClick={() => onSelect(m.data.id)}>
                {m.data.label}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="details group-details" aria-labelledby="group-title">
      <h2 id="group-title">{labelOf(g.id)}</h2>
      <p className="muted">
        {t('summary.groupHint')
          .replace('{n}', String(g.count))
          .replace('{kinds}', named(g))
          .replace('{what}', g.label ?? t('summary.kindOnly'))}
      </p>
      <button type="button" onClick={() => onOpen(g.id)}>
        {t('group.open')}
      </button>
    </section>
  );
}
