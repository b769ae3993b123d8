/**
 * CSV for the explorer's downloads (action items, matrix, who's who: see exports.ts). The rules
 * (formula neutralising, quoting, BOM) are the shared ones in graph/api/csv.ts, which the server's
 * export bundle uses too: one guard for every CSV Sakskart writes.
 */
export { csvField as csvCell, toCsv, type CsvValue } from '../../../graph/api/csv.js';
