import { openNode, type UrlState } from '../state/urlState.js';

/** A case named as the committees write it ("NUIT 37/22"), opening it in the graph. */
export function CaseLink({
  id,
  title,
  update,
}: {
  id: string;
  title?: string;
  update: (f: (s: UrlState) => UrlState) => void;
}) {
  const key = id.replace(/^Case:/, '');
  const [committee, number] = [key.slice(0, key.lastIndexOf('-')), key.slice(key.lastIndexOf('-') + 1)];
  return (
    <button type="button" className="link case-link" onClick={() => update(openNode(`Case:${key}`))}>
      <strong>
        {committee} {number}
      </strong>
      {title ? ` ${title}` : ''}
    </button>
  );
}
