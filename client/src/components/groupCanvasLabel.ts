/**
 * A group's label as the canvas draws it. Labels end in an ellipsis at the label width, and a
 * group's label ends in what tells groups apart ("Helsedata og helsedataråd: 7 ønsker" next to
 * "…: 2 bekymringer"), so the name before the count is shortened instead and the count stays.
 */
export function groupCanvasLabel(label: string, max = 26): string {
  if (label.length <= max) return label;
  const cut = label.lastIndexOf(': ');
  if (cut < 0) return label;
  const count = label.slice(cut + 2);
  const room = Math.max(8, max - count.length - 3);
  const name = label.slice(0, cut);
  if (name.length <= room) return label;
  return `${name.slice(0, room).trimEnd()}…: ${count}`;
}
