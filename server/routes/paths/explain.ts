/**
 * Tells a path in words: "Apotekforeningen raised a statement, which is on NUIT 18/22, which is
 * about EHDS …". Each relationship type reads one way forward and another backward.
 */
const PHRASES: Record<string, { en: [string, string]; nb: [string, string] }> = {
  OF: { en: ['belongs to', 'held'], nb: ['hører til', 'holdt'] },
  TREATED_AT: { en: ['was treated at', 'treated'], nb: ['ble behandlet i', 'behandlet'] },
  REPRESENTS: { en: ['represents', 'is represented by'], nb: ['representerer', 'er representert ved'] },
  MEMBER_OF: { en: ['is a member of', 'has the member'], nb: ['er medlem av', 'har medlemmet'] },
  ATTENDED: { en: ['attended', 'was attended by'], nb: ['deltok i', 'hadde deltakeren'] },
  PRESENTED: { en: ['presented', 'was presented by'], nb: ['presenterte', 'ble presentert av'] },
  ON: { en: ['is on', 'has'], nb: ['gjelder', 'har'] },
  RAISED: { en: ['raised', 'was raised by'], nb: ['tok opp', 'ble tatt opp av'] },
  RESPONDS_TO: { en: ['responds to', 'was answered by'], nb: ['svarer på', 'ble besvart av'] },
  FROM: { en: ['comes from', 'has'], nb: ['kommer fra', 'har'] },
  ASSIGNED_TO: { en: ['is assigned to', 'is responsible for'], nb: ['er tildelt', 'er ansvarlig for'] },
  FOLLOWED_UP_BY: { en: ['was followed up by', 'follows up'], nb: ['ble fulgt opp av', 'følger opp'] },
  ABOUT: { en: ['is about', 'is the topic of'], nb: ['handler om', 'er tema for'] },
  LINKED: { en: ['led to', 'follows from'], nb: ['førte til', 'bygger på'] },
  PLANNED: { en: ['is planned for', 'expects'], nb: ['er planlagt i', 'venter'] },
  DEPENDS_ON: { en: ['depends on', 'is needed by'], nb: ['er avhengig av', 'trengs for'] },
};

const ANONYMOUS: Record<string, { en: string; nb: string }> = {
  Statement: { en: 'a statement', nb: 'en uttalelse' },
  ActionItem: { en: 'an action item', nb: 'et aksjonspunkt' },
};

export interface ExplainNode {
  kind: string;
  label: string;
}

export function explainPath(
  nodes: ExplainNode[],
  steps: { type: string; forward: boolean }[],
  lang: 'en' | 'nb',
): string {
  const name = (n: ExplainNode) => ANONYMOUS[n.kind]?.[lang] ?? n.label;
  const parts = [name(nodes[0]!)];
  steps.forEach((s, i) => {
    const phrase = PHRASES[s.type]?.[lang][s.forward ? 0 : 1] ?? s.type;
    parts.push(`${i === 0 ? '' : lang === 'en' ? ', which ' : ', som '}${phrase} ${name(nodes[i + 1]!)}`);
  });
  return `${parts[0]} ${parts.slice(1).join('').trimStart()}.`;
}
