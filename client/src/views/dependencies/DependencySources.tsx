import type { DependencyEdgeT } from '../../../../graph/api/strategy.js';
import { useStrategyT } from '../../i18n/strategyStrings.js';

type Actor = { id: string; name: string };

function Actors({ label, actors, onOpen }: { label: string; actors: Actor[]; onOpen: (id: string) => void }) {
  if (!actors.length) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {actors.map((a, i) => (
          <span key={a.id}>
            {i > 0 && ', '}
            <button type="button" className="link" onClick={() => onOpen(`Organization:${a.id}`)}>
              {a.name}
            </button>
          </span>
        ))}
      </dd>
    </div>
  );
}

/** The evidence of one dependency: each quote with its case, document, lines, date and who said what. */
export function DependencySources({
  edge,
  name,
  onOpen,
}: {
  edge: DependencyEdgeT;
  name: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const { s } = useStrategyT();
  return (
    <article className="details dep-sources" aria-live="polite">
      <h2>
        {name(edge.source)} {edge.directed ? '→' : '↔'} {name(edge.target)}
      </h2>
      <p className="dep-kind">
        <strong>{s(`kind.${edge.kind}`)}</strong> · {s('evidence')}: {edge.evidence}
        {edge.firstDate && (
          <>
            {' '}
            · {s('firstLast')}: {edge.firstDate}
            {edge.lastDate && edge.lastDate !== edge.firstDate ? ` – ${edge.lastDate}` : ''}
          </>
        )}
      </p>
      {edge.sources.length > 0 && <h3>{s('sources')}</h3>}
      <ul className="dep-source-list">
        {edge.sources.map((src, i) => (
          <li key={`${src.document}:${src.lineStart}:${i}`}>
            <figure className="source">
              <blockquote>{src.quote}</blockquote>
              <figcaption>
                {src.case && (
                  <button type="button" className="link" onClick={() => onOpen(src.case!)}>
                    {src.case.replace(/^Case:/, '').replace('-', ' ')}
                  </button>
                )}{' '}
                ({src.file}, {s('lines')} {src.lineStart}–{src.lineEnd}
                {src.date ? `, ${src.date}` : ''})
              </figcaption>
            </figure>
            <dl className="props">
              <Actors label={s('statedBy')} actors={src.statedBy} onOpen={onOpen} />
              <Actors label={s('confirmedBy')} actors={src.confirmedBy} onOpen={onOpen} />
              <Actors label={s('contestedBy')} actors={src.contestedBy} onOpen={onOpen} />
              <Actors label={s('inReplyTo')} actors={src.inReplyTo} onOpen={onOpen} />
            </dl>
          </li>
        ))}
      </ul>
    </article>
  );
}
