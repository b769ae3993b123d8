import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { DatabaseUnavailableError } from '../../graph/executor.js';
import { redactUrl } from './redact.js';

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends HttpError {
  constructor(detail: string) {
    super(404, 'Not Found', detail);
  }
}

/** Sends a problem; its `instance` (the request URL) never echoes a secret query parameter. */
export function sendProblem(res: Response, problem: Problem): void {
  const body = problem.instance === undefined ? problem : { ...problem, instance: redactUrl(problem.instance) };
  res.status(problem.status).type('application/problem+json').json(body);
}

export const notFoundRoute: RequestHandler = (req, res) => {
  sendProblem(res, {
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: `No route for ${req.method} ${req.path}`,
    instance: req.originalUrl,
  });
};

/** The one place errors become HTTP answers: no stack traces leave the server. */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const instance = req.originalUrl;
  if (err instanceof z.ZodError) {
    sendProblem(res, {
      type: 'https://sakskart.no/problems/invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: err.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; '),
      errors: err.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      instance,
    });
    return;
  }
  if (err instanceof DatabaseUnavailableError) {
    res.setHeader('Retry-After', '5');
    sendProblem(res, {
      type: 'https://sakskart.no/problems/database-unavailable',
      title: 'Database unavailable',
      status: 503,
      detail: 'Neo4j cannot be reached right now; try again shortly.',
      instance,
    });
    return;
  }
  if (/TransactionTimedOut/.test(String(err?.code ?? ''))) {
    // A query that ran into its transaction timeout: the server is busy or the request too big.
    res.setHeader('Retry-After', '5');
    sendProblem(res, {
      type: 'https://sakskart.no/problems/query-timeout',
      title: 'Query took too long',
      status: 503,
      detail: 'The query ran out of time; narrow the request (fewer ids, lower depth or limit) or try again shortly.',
      instance,
    });
    return;
  }
  if (err instanceof HttpError) {
    sendProblem(res, { type: 'about:blank', title: err.title, status: err.status, detail: err.message, instance });
    return;
  }
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 500) req.log?.error({ err }, 'unhandled error');
  sendProblem(res, {
    type: 'about:blank',
    title: status === 500 ? 'Internal Server Error' : String(err?.type ?? 'Bad Request'),
    status,
    detail: status === 500 ? 'Something went wrong on our side; the error was logged.' : String(err?.message ?? ''),
    instance,
  });
};
