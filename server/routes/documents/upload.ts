import type { RequestHandler } from 'express';
import multer from 'multer';
import { HttpError } from '../../http/problem.js';

const ACCEPTED_NAME = /\.(pdf|txt)$/i;
const ACCEPTED_TYPES = new Set(['application/pdf', 'text/plain', 'application/octet-stream', '']);
export const MAX_FILES = 20;

/**
 * Parses a multipart upload (field `file`, several allowed) into memory with multer. Limits and
 * refusals become problem+json: 413 for a file over the size limit, 415 for anything but PDF or
 * text, 400 for a wrong field name.
 */
export function uploadFiles(maxFileMb: number): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as raw UTF-8 (busboy's default would read them as latin-1 and store
    // "møte" as "mÃ¸te"); an RFC 5987 `filename*=UTF-8''…` is honoured by busboy before this.
    defParamCharset: 'utf8',
    limits: { fileSize: maxFileMb * 1024 * 1024, files: MAX_FILES, fields: 10, parts: MAX_FILES + 10 },
    fileFilter: (_req, file, cb) => {
      const type = file.mimetype.split(';')[0]!.trim().toLowerCase();
      if (ACCEPTED_NAME.test(file.originalname) && ACCEPTED_TYPES.has(type)) return cb(null, true);
      cb(
        new HttpError(
          415,
          'Unsupported Media Type',
          `file "${file.originalname}" (${file.mimetype}): only PDF (.pdf) and UTF-8 text (.txt) files can be loaded`,
        ),
      );
    },
  }).array('file', MAX_FILES);
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next(new HttpError(415, 'Unsupported Media Type', 'send the files as multipart/form-data in the field "file"'));
      return;
    }
    parse(req, res, (err?: unknown) => {
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE')
          return next(new HttpError(413, 'Content Too Large', `file: each file may be at most ${maxFileMb} MB`));
        if (err.code === 'LIMIT_FILE_COUNT')
          return next(new HttpError(413, 'Content Too Large', `file: at most ${MAX_FILES} files per upload`));
        return next(new HttpError(400, 'Bad Request', `${err.field ?? 'file'}: ${err.message}; use the field "file"`));
      }
      if (err === undefined || err instanceof HttpError) return next(err);
      // Anything else comes from reading the body (busboy: no boundary, a malformed part): the
      // request is at fault, not the server.
      next(new HttpError(400, 'Bad Request', `file: the multipart body could not be read (${(err as Error).message})`));
    });
  };
}
