import { Router } from 'express';
import {
  DocumentDetail,
  DocumentIdParam,
  DocumentList,
  DocumentListQuery,
  nodeId,
  type DocumentDetailT,
  type DocumentListT,
  type DocumentRemovalT,
  type DocumentSummaryT,
  type UploadDoneT,
  type UploadFileResultT,
} from '../../../graph/api/index.js';
import type { Executor, Row } from '../../../graph/executor.js';
import type { NodeLabel } from '../../../graph/schema/index.js';
import type { FileResult } from '../../../seed/ingest.js';
import { ingestUploads } from '../../../seed/ingestUpload.js';
import { removeDocumentsByIds } from '../../../seed/removeDocuments.js';
import { displayLabel } from '../../graph/present.js';
import { heavyGate, type HeavyLimits } from '../../http/heavyGate.js';
import { HttpError, NotFoundError } from '../../http/problem.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { requireAdmin } from './adminToken.js';
import { keysetPage, num, type Order } from '../../paging/keyset.js';
import { documentDetail, documentIds, listDocumentKeys, listDocuments, listFailedLoads } from './queries.js';
import { uploadFiles } from './upload.js';

export interface DocumentsOptions {
  /** Bearer token for uploads and removals; without one, writes are refused. */
  adminToken?: string;
  maxFileMb?: number;
  /** Called after each write commits (a file loaded, a document removed). */
  onGraphChanged?: () => void;
  /** Admission of uploads (each one parses files in a worker and writes them). */
  uploads?: HeavyLimits;
}

/**
 * Uploads wait for one slot, as heavy reads do for theirs: reading a file takes a worker for up
 * to SAKSKART_PARSE_TIMEOUT_S and writing it a transaction, so a client that sends many at once
 * is told to wait (429) and a full queue answers 503, both with Retry-After.
 */
export const DEFAULT_UPLOAD_LIMITS: HeavyLimits = {
  concurrency: 1,
  queue: 8,
  perClient: 2,
  budgetPerMinute: 60,
  maxWaitMs: 120_000,
};

/** Newest first, undated last; the documents of one file in the order they stand in it. */
export const DOCUMENT_ORDER: Order<Row> = {
  tag: 'documents',
  key: (r) => [String(r.date ?? ''), String(r.file ?? ''), num(r.lineStart), String(r.id)],
  dirs: ['desc', 'asc', 'asc', 'asc'],
};

function summary(r: Row): DocumentSummaryT {
  const total = Number(r.total);
  const counts = {
    meetings: Number(r.meetings),
    cases: Number(r.cases),
    statements: Number(r.statements),
    actionItems: Number(r.actionItems),
  };
  return {
    ...(r as unknown as DocumentSummaryT),
    date: (r.date as string | null) ?? null,
    committee: (r.committee as string | null) ?? null,
    meeting: (r.meeting as string | null) ?? null,
    parserVersion: (r.parserVersion as number | null) ?? null,
    warnings: ((r.warnings as unknown[]) ?? []).map(String),
    counts: { ...counts, other: total - Object.values(counts).reduce((a, b) => a + b, 0) },
  };
}

function fileLine(r: FileResult): UploadFileResultT {
  return {
    type: 'file',
    file: r.file,
    status: r.status,
    ...(r.error ? { error: r.error } : {}),
    documents: r.documents,
    meetings: r.meetings,
    cases: r.cases,
    statements: r.statements,
    actionItems: r.actionItems,
    warnings: r.warnings,
  };
}

/**
 * Documents: reading is open; uploading (multipart, streamed NDJSON results, one line per file as
 * it is loaded, then a `done` line) and removing need the admin token.
 */
export function documentsRouter(executor: Executor, opts: DocumentsOptions = {}): Router {
  const router = Router();
  const admin = requireAdmin(opts.adminToken);
  const uploadGate = heavyGate(opts.uploads ?? DEFAULT_UPLOAD_LIMITS);

  router.get('/documents', async (req, res) => {
    const q = validate(DocumentListQuery, req.query);
    const body = await consistentBody(
      DocumentList,
      async () => {
        const page = keysetPage(await listDocumentKeys(executor), DOCUMENT_ORDER, q);
        const ids = page.items.map((r) => String(r.id));
        const [documents, failed] = await Promise.all([listDocuments(executor, ids), listFailedLoads(executor)]);
        const byId = new Map(documents.map((d) => [String(d.id), d]));
        const body: DocumentListT = {
          documents: ids.map((id) => {
            const d = byId.get(id);
            // Removed by a write since the keys were read: read the whole answer again.
            if (!d) throw new TypeError(`document ${id} went away while its page was read`);
            return summary(d);
          }),
          failed: failed.map((f) => ({ file: String(f.file), error: String(f.error ?? ''), at: String(f.at ?? '') })),
          total: page.total,
          nextCursor: page.nextCursor,
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = validate(DocumentIdParam, req.params);
    const body = await consistentBody(
      DocumentDetail,
      async () => {
        const d = await documentDetail(executor, id);
        if (!d) throw new NotFoundError(`No document with id "${id}"`);
        const body: DocumentDetailT = {
          ...summary(d.summary),
          text: d.text,
          passages: d.passages.map((p) => {
            const label = p.label as NodeLabel;
            const props = p.props as Record<string, unknown>;
            const key = String(props[label === 'Committee' || label === 'Topic' ? 'key' : 'id']);
            return {
              node: nodeId(label, key),
              kind: label,
              label: displayLabel(label, props),
              lineStart: Number(p.lineStart),
              lineEnd: Number(p.lineEnd),
            };
          }),
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });

  router.post(
    '/documents',
    admin,
    uploadGate(() => 1),
    uploadFiles(opts.maxFileMb ?? 20),
    async (req, res) => {
      const files = (req.files as Express.Multer.File[] | undefined) ?? [];
      if (!files.length) throw new HttpError(400, 'Bad Request', 'file: give at least one PDF or text file');
      // Results stream as NDJSON so the page can show each file's outcome as soon as it is loaded.
      res.status(200).type('application/x-ndjson');
      res.setHeader('Cache-Control', 'no-store');
      res.flushHeaders();
      const counts: Record<string, number> = {};
      try {
        await ingestUploads(
          executor,
          files.map((f) => ({ name: f.originalname, bytes: new Uint8Array(f.buffer) })),
          (r) => {
            counts[r.status] = (counts[r.status] ?? 0) + 1;
            opts.onGraphChanged?.();
            res.write(`${JSON.stringify(fileLine(r))}\n`);
          },
        );
        const done: UploadDoneT = { type: 'done', counts };
        res.end(`${JSON.stringify(done)}\n`);
      } catch (err) {
        req.log?.error({ err }, 'upload failed');
        res.end(`${JSON.stringify({ type: 'error', detail: (err as Error).message })}\n`);
      }
    },
  );

  router.delete('/documents/:id', admin, async (req, res) => {
    const { id } = validate(DocumentIdParam, req.params);
    const { ids, files } = await documentIds(executor, id);
    if (!ids.length) throw new NotFoundError(`No document with id "${id}"`);
    await removeDocumentsByIds(executor, ids);
    opts.onGraphChanged?.();
    const body: DocumentRemovalT = { removed: ids, files };
    res.json(body);
  });

  return router;
}
