import { EXPLORABLE_KINDS } from '../../../graph/api/requests.js';

/*
 * Every view, filter and selection lives in the URL, so links can be shared and back/forward
 * work. These are pure functions from and to the query string; useUrlState wires them to history.
 */

export const VIEWS = [
  'graph',
  'flow',
  'matrix',
  'paths',
  'topics',
  'changes',
  'brief',
  'actions',
  'documents',
  'onboarding',
  'accessibility',
] as const;
export type View = (typeof VIEWS)[number];
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Filters {
  kinds: string[];
  committee?: string;
  from?: string;
  to?: string;
  topic?: string;
}

export interface UrlState {
  view: View;
  lang: 'nb' | 'en';
  /** Nodes whose neighbourhood is shown, in the order they were expanded. */
  ids: string[];
  selected?: string;
  /** How many steps around the expanded nodes are shown (1–3). */
  depth: number;
  layout: LayoutName;
  filters: Filters;
  flowTopic?: string;
  flowCase?: string;
  /** Topic role filter of the flow, matrix and topic map: `main` topics only, or `any` mention. */
  topicRole?: 'main' | 'any';
  matrixCommittee?: string;
  pathFrom?: string;
  pathTo?: string;
  /** Source viewer: the open document and the highlighted lines ("12-14"). */
  doc?: string;
  docLines?: string;
  /** "Hva er nytt": a date or a meeting id, and the narrowing filters. */
  since?: string;
  changesCommittee?: string;
  changesTopic?: string;
  changesOrganization?: string;
  /** Meeting of the brief. */
  briefMeeting?: string;
  /** Action items list filters. */
  aiStatus?: string;
  aiCommittee?: string;
  aiQuery?: string;
  /** Dependency view: start of a traversal, its direction, the map's date and the kinds shown. */
  depFrom?: string;
  depDir?: 'upstream' | 'downstream';
  depAt?: string;
  depKinds?: string[];
  /** Matrix columns grouped by topic cluster. */
  matrixByCluster?: boolean;
  // --- Issue flow at archive scale (one block, to ease merging) ---
  /** The case whose chain is highlighted. */
  flowSel?: string;
  /** Period filter of the flow (dates). */
  flowFrom?: string;
  flowTo?: string;
  /** Committee lanes shown; undefined: all. */
  flowCommittees?: string[];
  /** The visible span of the time axis (zoom), two dates. */
  flowZoom?: [string, string];
  /** The flow as a table instead of the chart. */
  flowTable?: boolean;
}

/** URL parameter of each optional string field of the living-record views. */
const LIVING_PARAMS = {
  doc: 'doc',
  docLines: 'lines',
  since: 'since',
  changesCommittee: 'cc',
  changesTopic: 'ct',
  changesOrganization: 'co',
  briefMeeting: 'meeting',
  aiStatus: 'ais',
  aiCommittee: 'aic',
  aiQuery: 'aiq',
} as const satisfies Partial<Record<keyof UrlState, string>>;

export const DEFAULT_STATE: UrlState = {
  view: 'graph',
  lang: 'nb',
  ids: [],
  depth: 1,
  layout: 'fcose',
  filters: { kinds: [] },
};

const oneOf = <T extends string>(all: readonly T[], v: string | null, fallback: T): T =>
  v && (all as readonly string[]).includes(v) ? (v as T) : fallback;
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const kinds = list(p.get('kinds')).filter((k) => (EXPLORABLE_KINDS as readonly string[]).includes(k));
  const opt = (k: string) => p.get(k) || undefined;
  return {
    view: oneOf(VIEWS, p.get('view'), 'graph'),
    lang: p.get('lang') === 'en' ? 'en' : 'nb',
    ids: list(p.get('ids')),
    selected: opt('sel'),
    depth: Math.min(3, Math.max(1, Number(p.get('depth')) || 1)),
    layout: oneOf(LAYOUTS, p.get('layout'), 'fcose'),
    filters: {
      kinds,
      committee: opt('committee'),
      from: date(p.get('from')),
      to: date(p.get('to')),
      topic: opt('topic'),
    },
    flowTopic: opt('flowTopic'),
    flowCase: opt('flowCase'),
    ...(p.get('role') === 'main' || p.get('role') === 'any' ? { topicRole: p.get('role') as 'main' | 'any' } : {}),
    matrixCommittee: opt('mc'),
    pathFrom: opt('pf'),
    pathTo: opt('pt'),
    ...Object.fromEntries(Object.entries(LIVING_PARAMS).map(([field, param]) => [field, opt(param)])),
    depFrom: opt('df'),
    depDir: p.get('dd') === 'upstream' ? 'upstream' : p.get('dd') === 'downstream' ? 'downstream' : undefined,
    depAt: date(p.get('da')),
    depKinds: p.has('dk') ? list(p.get('dk')) : undefined,
    matrixByCluster: p.get('mcl') === '1' ? true : undefined,
    ...parseFlowParams(p),
  };
}

/** Issue flow fields: fs (chain), ff/ft (period), fc (committees), fz (zoom "from~to"), ftab. */
function parseFlowParams(p: URLSearchParams): Partial<UrlState> {
  const zoom = (p.get('fz') ?? '').split('~');
  const z0 = date(zoom[0] ?? null);
  const z1 = date(zoom[1] ?? null);
  return {
    flowSel: p.get('fs') || undefined,
    flowFrom: date(p.get('ff')),
    flowTo: date(p.get('ft')),
    flowCommittees: p.has('fc') ? list(p.get('fc')) : undefined,
    flowZoom: z0 && z1 && z0 < z1 ? [z0, z1] : undefined,
    flowTable: p.get('ftab') === '1' ? true : undefined,
  };
}

function serializeFlowParams(s: UrlState, p: URLSearchParams) {
  if (s.flowSel) p.set('fs', s.flowSel);
  if (s.flowFrom) p.set('ff', s.flowFrom);
  if (s.flowTo) p.set('ft', s.flowTo);
  if (s.flowCommittees) p.set('fc', s.flowCommittees.join(','));
  if (s.flowZoom) p.set('fz', s.flowZoom.join('~'));
  if (s.flowTable) p.set('ftab', '1');
}

export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.view !== 'graph') p.set('view', s.view);
  if (s.lang !== 'nb') p.set('lang', s.lang);
  if (s.ids.length) p.set('ids', s.ids.join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.depth !== 1) p.set('depth', String(s.depth));
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.filters.kinds.length) p.set('kinds', s.filters.kinds.join(','));
  for (const k of ['committee', 'from', 'to', 'topic'] as const) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.flowTopic) p.set('flowTopic', s.flowTopic);
  if (s.flowCase) p.set('flowCase', s.flowCase);
  if (s.topicRole) p.set('role', s.topicRole);
  if (s.matrixCommittee) p.set('mc', s.matrixCommittee);
  if (s.pathFrom) p.set('pf', s.pathFrom);
  if (s.pathTo) p.set('pt', s.pathTo);
  for (const [field, param] of Object.entries(LIVING_PARAMS)) {
    const v = s[field as keyof typeof LIVING_PARAMS];
    if (v) p.set(param, v);
  }
  if (s.depFrom) p.set('df', s.depFrom);
  if (s.depDir) p.set('dd', s.depDir);
  if (s.depAt) p.set('da', s.depAt);
  if (s.depKinds) p.set('dk', s.depKinds.join(','));
  if (s.matrixByCluster) p.set('mcl', '1');
  serializeFlowParams(s, p);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Opening a node in the graph: it becomes the selection and joins the expanded set. */
export const openNode =
  (id: string) =>
  (s: UrlState): UrlState => ({
    ...s,
    view: 'graph',
    ids: s.ids.includes(id) ? s.ids : [...s.ids, id],
    selected: id,
  });

export const expandNode =
  (id: string) =>
  (s: UrlState): UrlState =>
    s.ids.includes(id) ? s : { ...s, ids: [...s.ids, id] };

/** Undo the last expansion (the first node stays). */
export const undoExpansion = (s: UrlState): UrlState => (s.ids.length > 1 ? { ...s, ids: s.ids.slice(0, -1) } : s);

export const select =
  (id: string | undefined) =>
  (s: UrlState): UrlState => ({ ...s, selected: id });

/** Opening a document in the source viewer, with lines to highlight. */
export const openDocument =
  (doc: string, lineStart?: number, lineEnd?: number) =>
  (s: UrlState): UrlState => ({
    ...s,
    view: 'documents',
    doc,
    docLines: lineStart
      ? lineEnd && lineEnd !== lineStart
        ? `${lineStart}-${lineEnd}`
        : String(lineStart)
      : undefined,
  });

/** The highlighted line range of the source viewer, from "12" or "12-14". */
export function parseLines(v: string | undefined): { start: number; end: number } | undefined {
  const m = v ? /^(\d+)(?:-(\d+))?$/.exec(v) : null;
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Math.max(start, Number(m[2] ?? m[1]));
  return { start, end };
}
