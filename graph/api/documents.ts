import { z } from 'zod';
import { keyCursorParam, PageFields, pageLimitParam } from './paging.js';

/* Shapes of the documents API: the list, one document with its text, uploads and removals. */

export const DocumentIdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{64}(:\d+)?$/, 'must be a document id (<sha256>:<n>) or a file hash (<sha256>)')
    .meta({ description: 'A document id `<sha256>:<n>`, or a file hash `<sha256>` for every document of that file' }),
});

export const DocumentSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    file: z.string(),
    fileSha256: z.string(),
    date: z.string().nullable(),
    committee: z.string().nullable(),
    meeting: z.string().nullable(),
    /** loaded, or partial when the parser could only read some of it. */
    status: z.string(),
    parserVersion: z.number().nullable(),
    warnings: z.array(z.string()),
    lineStart: z.number(),
    lineEnd: z.number(),
    counts: z.object({
      meetings: z.number(),
      cases: z.number(),
      statements: z.number(),
      actionItems: z.number(),
      other: z.number(),
    }),
  })
  .meta({ id: 'DocumentSummary' });
/** A file that could not be loaded, and why; cleared when the file loads later. */
export const FailedLoadSummary = z
  .object({ file: z.string(), error: z.string(), at: z.string() })
  .meta({ id: 'FailedLoadSummary' });
export const DocumentListQuery = z.object({ limit: pageLimitParam(), cursor: keyCursorParam({ documents: 4 }) });

/** One page of the documents, newest first (undated last); every page carries the (short) list of failed loads. */
export const DocumentList = z
  .object({ documents: z.array(DocumentSummary), failed: z.array(FailedLoadSummary), ...PageFields })
  .meta({ id: 'DocumentList' });

export const DocumentPassage = z.object({
  node: z.string(),
  kind: z.string(),
  label: z.string(),
  lineStart: z.number(),
  lineEnd: z.number(),
});
export const DocumentDetail = DocumentSummary.extend({
  /** The document's lines, first one numbered `lineStart`; null when it was loaded before texts were kept. */
  text: z.string().nullable(),
  passages: z.array(DocumentPassage),
}).meta({ id: 'DocumentDetail' });

/** The per-file summary `npm run ingest` prints, as one NDJSON line per file while an upload runs. */
export const UploadFileResult = z
  .object({
    type: z.literal('file'),
    file: z.string(),
    status: z.string(),
    error: z.string().optional(),
    documents: z.number(),
    meetings: z.number(),
    cases: z.number(),
    statements: z.number(),
    actionItems: z.number(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'UploadFileResult' });
export const UploadDone = z
  .object({ type: z.literal('done'), counts: z.record(z.string(), z.number()) })
  .meta({ id: 'UploadDone' });

export const DocumentRemoval = z
  .object({ removed: z.array(z.string()), files: z.array(z.string()) })
  .meta({ id: 'DocumentRemoval' });

export type DocumentSummaryT = z.infer<typeof DocumentSummary>;
export type DocumentListT = z.infer<typeof DocumentList>;
export type DocumentDetailT = z.infer<typeof DocumentDetail>;
export type UploadFileResultT = z.infer<typeof UploadFileResult>;
export type UploadDoneT = z.infer<typeof UploadDone>;
export type DocumentRemovalT = z.infer<typeof DocumentRemoval>;
