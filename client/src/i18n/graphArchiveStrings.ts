/** Texts of the graph's summary of a big neighbourhood and of its labels (issue 20). */
export const GRAPH_ARCHIVE_STRINGS = {
  nb: {
    'summary.note':
      'Stor graf: {shown} noder vises enkeltvis, {folded} er samlet i {groups} grupper etter type og år, organisasjon eller tema. Dobbeltklikk, Enter eller «Vis hver for seg» åpner en gruppe.',
    'summary.title': 'Samlet i grupper',
    'summary.groupHint':
      '{n} {kinds} ({what}) er samlet i denne gruppen. «Vis hver for seg» viser dem enkeltvis; det du har åpnet fra før, blir stående, og «Angre» lukker gruppen igjen.',
    'summary.kindOnly': 'alle av denne typen som ikke vises enkeltvis',
    'summary.opened': 'Åpnet gruppe: {label}',
    'summary.empty':
      'Ingen koblinger å vise rundt dette med disse filtrene. Prøv en annen dybde, et annet tidsrom eller flere typer.',
  },
  en: {
    'summary.note':
      'Big graph: {shown} nodes are shown one by one, {folded} are folded into {groups} groups by kind and year, organisation or topic. Double-click, Enter or “Show one by one” opens a group.',
    'summary.title': 'Folded into groups',
    'summary.groupHint':
      '{n} {kinds} ({what}) are folded into this group. “Show one by one” shows them singly; what you opened before stays, and “Undo” closes the group again.',
    'summary.kindOnly': 'all of this kind not shown singly',
    'summary.opened': 'Opened group: {label}',
    'summary.empty': 'No links to show around this with these filters. Try another depth, period or more kinds.',
  },
} as const;
