/** How each node kind looks, shared by the graph style, the legend and lists. */
export const KIND_STYLE: Record<string, { color: string; shape: string; icon: string }> = {
  Committee: { color: '#5b3f8c', shape: 'hexagon', icon: '⬢' },
  Meeting: { color: '#2f6f9f', shape: 'round-rectangle', icon: '▭' },
  Case: { color: '#1b8a6b', shape: 'round-rectangle', icon: '▣' },
  Organization: { color: '#c0622b', shape: 'ellipse', icon: '●' },
  Person: { color: '#b38b14', shape: 'ellipse', icon: '◍' },
  Topic: { color: '#b0306a', shape: 'diamond', icon: '◆' },
  Statement: { color: '#6b7785', shape: 'round-tag', icon: '❝' },
  ActionItem: { color: '#a32c2c', shape: 'triangle', icon: '▲' },
  /** People of one organisation, or statements on one case, drawn as one node in a big graph. */
  Group: { color: '#374151', shape: 'round-octagon', icon: '▦' },
};

export const LINK_KIND_STYLE: Record<string, { color: string; dashed?: boolean }> = {
  'earlier-treatment': { color: '#1b8a6b' },
  'same-matter': { color: '#2f6f9f' },
  'postponed-from': { color: '#c0622b' },
  'joint-discussion': { color: '#6b7785' },
  'follow-up': { color: '#a32c2c' },
  planned: { color: '#5b3f8c', dashed: true },
  referred: { color: '#7a5c00', dashed: true },
};
