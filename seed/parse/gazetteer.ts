import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  Committee,
  Organization,
  Succession,
  Topic,
  type CommitteeT,
  type SuccessionT,
  type OrganizationT,
  type TopicT,
} from '../../graph/schema/index.js';

const RegistryLinks = { succeededBy: z.array(Succession).optional(), mergedInto: z.array(Succession).optional() };
const RegistryCommittee = Committee.extend(RegistryLinks);
const RegistryOrganization = Organization.extend(RegistryLinks);

const OrganizationFile = z.object({
  organizations: z.array(RegistryOrganization),
  /** Words that stand for an organisation only as a sentence's actor ("Direktoratet svarte …"). */
  contextualAliases: z.record(z.string(), z.string()),
  /** Words in attendance lists that are roles, not organisations ("Fastlegerepresentant"). */
  roles: z.array(z.string()),
});

export interface Mention<T> {
  entry: T;
  index: number;
  length: number;
  text: string;
}

interface Matcher<T> {
  entry: T;
  re: RegExp;
  /**
   * The words of the alias, which every match contains (folded as `fold` folds, unless the alias
   * is an acronym, which matches case by case): a text without one of them is not searched.
   */
  words: string[];
  caseSensitive: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const isAcronym = (s: string) => /^[\p{Lu}\d@-]{2,6}$/u.test(s) && /\p{Lu}/u.test(s);

/**
 * A regexp for an alias: whole words, flexible whitespace, case-insensitive except for acronyms
 * ("KS" must not match "ks" inside a word, "KI" must not match "ki"). `inflect` allows Norwegian
 * suffixes ("Helseplattformen", "kjernejournalen").
 */
function aliasRegExp(alias: string, inflect: boolean): RegExp {
  const suffix = inflect && !isAcronym(alias) ? '[\\p{L}]*' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}${suffix}(?![\\p{L}\\p{N}])`, isAcronym(alias) ? 'gu' : 'giu');
}

/**
 * Lower case, as far as a case-insensitive Unicode regexp is concerned: the regexp also takes the
 * long s for an s, which lower-casing keeps. Enough for a prefilter that may pass too much but
 * never too little.
 */
const fold = (s: string) => s.toLowerCase().replace(/\u017f/g, 's');

export function matcher<T>(entry: T, alias: string, inflect: boolean): Matcher<T> {
  const caseSensitive = isAcronym(alias);
  // Words, not the whole alias: the regexp lets whitespace vary between words, never inside one.
  const words = alias.split(/\s+/).filter(Boolean);
  return { entry, re: aliasRegExp(alias, inflect), words: caseSensitive ? words : words.map(fold), caseSensitive };
}

/**
 * Every mention of the matchers' aliases in the text. Scanning costs a regexp run per alias over
 * the text (~hundreds of aliases, two thirds of parsing time), so an alias with a word the text
 * does not contain is skipped: it cannot match.
 */
export function findAll<T>(matchers: Matcher<T>[], text: string): Mention<T>[] {
  const hits: Mention<T>[] = [];
  let folded: string | undefined;
  for (const { entry, re, words, caseSensitive } of matchers) {
    const haystack = caseSensitive ? text : (folded ??= fold(text));
    if (!words.every((w) => haystack.includes(w))) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) hits.push({ entry, index: m.index, length: m[0].length, text: m[0] });
  }
  // Longest match wins where aliases overlap ("Direktoratet for e-helse" over "Direktoratet").
  hits.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: Mention<T>[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.index >= end) {
      out.push(h);
      end = h.index + h.length;
    }
  }
  return out;
}

export const normaliseName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();

/** One `SUCCEEDED_BY` or `MERGED_INTO` edge of the registry: who took over from whom, and when if a source says so. */
export interface SuccessionEdge {
  type: 'SUCCEEDED_BY' | 'MERGED_INTO';
  label: 'Committee' | 'Organization';
  from: string;
  to: string;
  date?: string;
  source: string;
}

/**
 * The first cycle in predecessor → successor pairs, as the keys around it (first key repeated at
 * the end), or undefined. A body cannot be its own ancestor: lineage lanes would never end.
 */
export function successionCycle(pairs: readonly (readonly [string, string])[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const [a, b] of pairs) next.set(a, [...(next.get(a) ?? []), b]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (k: string): string[] | undefined => {
    if (state.get(k) === 'done') return undefined;
    if (state.get(k) === 'open') return [...path.slice(path.indexOf(k)), k];
    state.set(k, 'open');
    path.push(k);
    for (const n of next.get(k) ?? []) {
      const found = visit(n);
      if (found) return found;
    }
    path.pop();
    state.set(k, 'done');
    return undefined;
  };
  for (const k of next.keys()) {
    const found = visit(k);
    if (found) return found;
  }
  return undefined;
}

export class Gazetteer {
  readonly committees: CommitteeT[];
  readonly successions: SuccessionEdge[];
  readonly organizations: OrganizationT[];
  readonly topics: TopicT[];
  readonly roles: Set<string>;
  /** The folder `load` read this from (a file URL), so a worker thread can load the same. */
  loadedFrom?: string;
  private readonly committeeMatchers: Matcher<CommitteeT>[];
  private readonly orgMatchers: Matcher<OrganizationT>[];
  private readonly actorMatchers: Matcher<OrganizationT>[];
  private readonly topicMatchers: Matcher<TopicT>[];
  private readonly orgByName = new Map<string, OrganizationT>();

  constructor(data: { committees: unknown; organizations: unknown; topics: unknown }) {
    const committees = z.array(RegistryCommittee).parse(data.committees);
    const orgFile = OrganizationFile.parse(data.organizations);
    this.committees = committees.map(({ succeededBy: _s, mergedInto: _m, ...c }) => c);
    this.organizations = orgFile.organizations.map(({ succeededBy: _s, mergedInto: _m, ...o }) => o);
    const edges = (
      label: SuccessionEdge['label'],
      from: string,
      entry: { succeededBy?: SuccessionT[]; mergedInto?: SuccessionT[] },
      known: Set<string>,
    ) =>
      (
        [
          ['SUCCEEDED_BY', entry.succeededBy],
          ['MERGED_INTO', entry.mergedInto],
        ] as const
      ).flatMap(([type, list]) =>
        (list ?? []).map((s): SuccessionEdge => {
          const to = s.key ?? s.id ?? '';
          if (!known.has(to)) throw new Error(`registry: ${from} is succeeded by unknown ${label} "${to}"`);
          return { type, label, from, to, source: s.source, ...(s.date ? { date: s.date } : {}) };
        }),
      );
    const committeeKeys = new Set(committees.map((c) => c.key));
    const orgIds = new Set(orgFile.organizations.map((o) => o.id));
    this.successions = [
      ...committees.flatMap((c) => edges('Committee', c.key, c, committeeKeys)),
      ...orgFile.organizations.flatMap((o) => edges('Organization', o.id, o, orgIds)),
    ];
    const cycle = successionCycle(this.successions.map((e) => [e.from, e.to]));
    if (cycle) throw new Error(`registry: the successions form a cycle (${cycle.join(' → ')})`);
    this.topics = z.array(Topic).parse(data.topics);
    this.roles = new Set(orgFile.roles.map(normaliseName));
    this.committeeMatchers = this.committees.flatMap((c) =>
      [c.name, c.shortName, ...c.aliases].map((a) => matcher(c, a, false)),
    );
    this.orgMatchers = this.organizations.flatMap((o) => [o.name, ...o.aliases].map((a) => matcher(o, a, false)));
    const byId = new Map(this.organizations.map((o) => [o.id, o]));
    this.actorMatchers = [
      ...this.orgMatchers,
      ...Object.entries(orgFile.contextualAliases).map(([alias, id]) => {
        const entry = byId.get(id);
        if (!entry) throw new Error(`organizations.json: contextual alias "${alias}" names unknown id "${id}"`);
        return matcher(entry, alias, false);
      }),
    ];
    this.topicMatchers = this.topics.flatMap((t) => [t.name, ...t.aliases].map((a) => matcher(t, a, true)));
    for (const o of this.organizations) for (const n of [o.name, ...o.aliases]) this.orgByName.set(normaliseName(n), o);
  }

  static load(dir = new URL('../data/', import.meta.url)): Gazetteer {
    const read = (f: string): unknown => {
      const file = new URL(f, dir);
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(`${file.pathname}: ${(err as Error).message}`);
      }
    };
    const gaz = new Gazetteer({
      committees: read('committees.json'),
      organizations: read('organizations.json'),
      topics: read('topics.json'),
    });
    gaz.loadedFrom = dir.href;
    return gaz;
  }

  committeesIn(text: string): Mention<CommitteeT>[] {
    return findAll(this.committeeMatchers, text);
  }
  organizationsIn(text: string): Mention<OrganizationT>[] {
    return findAll(this.orgMatchers, text);
  }
  /** Organisations as sentence actors: also "Direktoratet" for the publishing directorate. */
  actorsIn(text: string): Mention<OrganizationT>[] {
    return findAll(this.actorMatchers, text);
  }
  topicsIn(text: string): Mention<TopicT>[] {
    return findAll(this.topicMatchers, text);
  }
  committeeByKey(key: string): CommitteeT | undefined {
    return this.committees.find((c) => c.key === key);
  }
  /** An organisation by its exact name or alias, ignoring case and punctuation. */
  organizationByName(name: string): OrganizationT | undefined {
    const n = normaliseName(name);
    return this.orgByName.get(n) ?? this.orgByName.get(n.replace(/\s+(rhf|sf|hf)$/, ''));
  }
  isRole(text: string): boolean {
    return this.roles.has(normaliseName(text));
  }
}
