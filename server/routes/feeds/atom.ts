import { Feed } from 'feed';
import type { StanceT } from '../../../graph/schema/nodes.js';
import type { FeedEntryRow, FeedScope } from './queries.js';
import { xmlText } from './xmlText.js';

const KIND_NB: Record<FeedEntryRow['kind'], string> = { case: 'Ny sak', decision: 'Vedtak', statement: 'Innspill' };
/** Stance names as a feed reader shows them (bokmål, as the rest of the feed). */
export const STANCE_NB: Record<StanceT, string> = {
  concern: 'Bekymring',
  objection: 'Innsigelse',
  request: 'Ønske',
  question: 'Spørsmål',
  support: 'Støtte',
  information: 'Informasjon',
};
/** The scheme of the stance categories: its terms are the API's stance values. */
export const STANCE_SCHEME = 'tag:sakskart.no,2022:stance';

/** Tag URIs (RFC 4151): stable across loads, hosts and databases. */
export const tagId = (specific: string) => `tag:sakskart.no,2022:${specific}`;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The feed library marks titles and content as HTML; document text is plain, so it is escaped. */
const html = (s: string) => xmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Atom 1.0 feed of a topic, committee or organisation; entries link to their view in the explorer. */
export function atomFeed(opts: {
  scope: FeedScope;
  key: string;
  name: string;
  base: string;
  entries: FeedEntryRow[];
}): string {
  // Every text from the graph (names, titles, statements, authors) is made XML 1.0-safe.
  const name = xmlText(opts.name);
  const self = `${opts.base}/feeds/${opts.scope}/${encodeURIComponent(opts.key)}.atom`;
  const updated = opts.entries.reduce((max, e) => (e.date > max ? e.date : max), '1970-01-01');
  const feed = new Feed({
    id: tagId(`feed/${opts.scope}/${opts.key}`),
    title: `Sakskart: ${name}`,
    description: `Nye saker, vedtak og innspill – ${name}`,
    link: opts.base,
    language: 'nb',
    updated: day(updated),
    generator: 'Sakskart',
    feedLinks: { atom: self },
    copyright: 'Offentlige møtedokumenter',
  });
  for (const e of opts.entries) {
    const link = `${opts.base}/?ids=${encodeURIComponent(e.node)}&sel=${encodeURIComponent(e.node)}`;
    // A reader skimming titles sees what kind of statement it is; a filtering reader uses the category.
    const stance = e.kind === 'statement' && e.stance ? e.stance : undefined;
    feed.addItem({
      id: tagId(`${e.kind}/${e.key}`),
      title: html(`${stance ? `[${STANCE_NB[stance]}] ` : ''}${KIND_NB[e.kind]}: ${e.title}`),
      category: stance ? [{ term: stance, scheme: STANCE_SCHEME, name: STANCE_NB[stance] }] : undefined,
      link,
      date: day(e.date),
      published: day(e.date),
      content: e.content ? html(e.content) : undefined,
      author: e.author ? [{ name: xmlText(e.author) }] : undefined,
    });
  }
  // And the document as a whole, for anything the feed library adds from these values.
  return xmlText(feed.atom1());
}
