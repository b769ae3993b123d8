import { placeholderId, refWhen, type RefTime } from './meetingRefKeys.js';

/*
 * Resolution of one meeting reference without a case number against the meetings of its
 * committee in its window (found by index in relinkMeetingRefs.ts). Pure.
 */

export interface MeetingCandidate {
  id: string;
  committee: string;
  startDate: string;
  endDate: string;
  number?: string | null;
  /** Cases treated at the meeting; `weights`: how strongly each topic is theirs (main subject over mentions). */
  cases: { id: string; topics: string[]; weights?: Record<string, number> }[];
}

export interface MeetingRefInfo extends RefTime {
  id: string;
  fromCase: string;
  committee: string;
  direction: 'earlier' | 'later';
  context: string;
  topics: string[];
}

export interface Placeholder {
  id: string;
  committee: string;
  when?: string;
  relative?: 'previous' | 'next';
  number?: string;
}

export interface MeetingRefResolution {
  meetings: string[];
  /** Cases of those meetings that share a topic with the citing case. */
  cases: string[];
  placeholder?: Placeholder;
  warning?: string;
}

/** Shared topics count; among them a main subject, then more namings, count more. */
const score = (c: MeetingCandidate['cases'][number], topics: string[]) =>
  c.topics.filter((t) => topics.includes(t)).reduce((s, t) => s + 1 + (c.weights?.[t] ?? 0), 0);

const committeeOf = (caseId: string) => caseId.slice(0, caseId.lastIndexOf('-'));

function matching(ci: MeetingRefInfo, ms: MeetingCandidate[]): MeetingCandidate[] {
  // The citing case's own meeting is never the one it refers to.
  const citing = committeeOf(ci.fromCase);
  const own = ms.filter(
    (m) => m.committee === ci.committee && !(m.committee === citing && m.startDate === ci.citingDate),
  );
  if (ci.date) return own.filter((m) => m.startDate <= ci.date! && m.endDate >= ci.date!);
  if (ci.month) {
    const last = ci.monthEnd ?? ci.month;
    return own.filter((m) => m.startDate.slice(0, 7) >= ci.month! && m.startDate.slice(0, 7) <= last);
  }
  if (ci.meetingNumber) return own.filter((m) => m.number === ci.meetingNumber);
  if (ci.relative && ci.citingDate) {
    const sorted = [...own].sort((a, b) => a.startDate.localeCompare(b.startDate));
    const pick =
      ci.relative === 'previous'
        ? sorted.filter((m) => m.startDate < ci.citingDate!).pop()
        : sorted.find((m) => m.startDate > ci.citingDate!);
    return pick ? [pick] : [];
  }
  return [];
}

/**
 * The meeting(s) a reference means, and their cases on the citing case's topic; a placeholder
 * when none is loaded; a warning when the reference cannot be placed in time at all.
 * `citingTopics` are the citing case's topics, used when the sentence itself names none.
 */
export function resolveMeetingRef(
  ci: MeetingRefInfo,
  candidates: MeetingCandidate[],
  citingTopics: string[],
): MeetingRefResolution {
  // "behandles i NUFA 14.09.2022" in NUFA's own minutes of that day: this meeting, nothing to link.
  if (ci.date && ci.date === ci.citingDate && ci.committee === committeeOf(ci.fromCase))
    return { meetings: [], cases: [] };
  const found = matching(ci, candidates);
  if (found.length) {
    const topics = ci.topics.length ? ci.topics : citingTopics;
    const scored = found
      .flatMap((m) => m.cases)
      .filter((c) => c.id !== ci.fromCase)
      .map((c) => ({ id: c.id, s: score(c, topics) }))
      .filter((c) => c.s > 0);
    const best = Math.max(0, ...scored.map((c) => c.s));
    return {
      meetings: found.map((m) => m.id).sort(),
      cases: [...new Set(scored.filter((c) => c.s === best).map((c) => c.id))].sort(),
    };
  }
  const id = placeholderId(ci.committee, ci);
  if (!id)
    return {
      meetings: [],
      cases: [],
      warning: `${ci.committee} meeting referred to ("${ci.context}") cannot be placed in time: the document has no date`,
    };
  const when = refWhen(ci);
  return {
    meetings: [],
    cases: [],
    placeholder: {
      id,
      committee: ci.committee,
      ...(when ? { when } : {}),
      ...(ci.relative && !ci.date && !ci.month && !ci.meetingNumber ? { relative: ci.relative } : {}),
      ...(ci.meetingNumber ? { number: ci.meetingNumber } : {}),
    },
  };
}
