import type { Request, RequestHandler, Response } from 'express';
import os from 'node:os';
import PQueue from 'p-queue';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { sendProblem } from './problem.js';

export interface HeavyLimits {
  /** Heavy requests running at once, over all clients. */
  concurrency: number;
  /** Heavy requests waiting for a slot; when full, 503 + Retry-After. */
  queue: number;
  /** Heavy requests one client may have running or waiting; beyond that 429. */
  perClient: number;
  /** Cost units one client may spend per minute; beyond that 429 until the window moves on. */
  budgetPerMinute: number;
  /** A request that waited this long for a slot is answered 503 instead of being run late. */
  maxWaitMs?: number;
  /**
   * A refusal is answered after this long (default 500 ms). Answered at once, a client that ignores
   * Retry-After turns refusals into a flood (measured: 20 connections, 1,000 refusals a second,
   * taking the CPU that other clients' searches need); held briefly, the same client sends a few.
   */
  refusalDelayMs?: number;
}

/**
 * Half the cores run heavy queries (Neo4j usually shares the machine, and light requests need a
 * core too). A client's count includes its queued requests, and with one slot a page's
 * legitimate burst (graph, details, topic list, start points, re-asked after a view change) queues:
 * eight per client admits that burst while a queue of sixteen still leaves room for others.
 */
export const DEFAULT_HEAVY_LIMITS: HeavyLimits = {
  concurrency: Math.max(1, Math.floor(os.availableParallelism() / 2)),
  queue: 16,
  perClient: 8,
  budgetPerMinute: 600,
};

/** What a request costs in budget units (at least 1), read from its query. */
export type CostOf = (req: Request) => number;

export interface HeavyGateStats {
  /** Heavy requests admitted and not yet ended (running or queued), over all clients. */
  inFlight: number;
  /** Clients with at least one such request. */
  clients: number;
  running: number;
  queued: number;
}

export type HeavyGate = ((costOf: CostOf) => RequestHandler) & { stats(): HeavyGateStats };

/**
 * Admission control for expensive graph queries. Light requests (search, entities) never wait
 * behind them: heavy ones share a few slots and a short queue, one client cannot take all of
 * them, and big requests spend a per-client budget faster than small ones. Returns a factory of
 * per-route middleware that all share the same slots.
 */
export function heavyGate(limits: HeavyLimits = DEFAULT_HEAVY_LIMITS): HeavyGate {
  const slots = new PQueue({ concurrency: limits.concurrency });
  const inFlight = new Map<string, number>();
  const budget = new RateLimiterMemory({ points: limits.budgetPerMinute, duration: 60 });
  const maxWaitMs = limits.maxWaitMs ?? 15_000;
  const refusalDelayMs = limits.refusalDelayMs ?? 500;

  const refuse = (req: Request, res: Response, status: 429 | 503, retryAfterS: number, detail: string) => {
    const send = () => {
      if (res.headersSent || res.destroyed) return;
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterS))));
      sendProblem(res, {
        type: `https://sakskart.no/problems/${status === 503 ? 'busy' : 'heavy-request-limit'}`,
        title: status === 503 ? 'Service Unavailable' : 'Too Many Requests',
        status,
        detail,
        instance: req.originalUrl,
      });
    };
    if (refusalDelayMs > 0) setTimeout(send, refusalDelayMs).unref();
    else send();
  };

  /**
   * Calls `fn` once, on whichever comes first: the answer sent, the response closed, or the
   * request's connection gone. Counting on one event alone leaks when that event is the one a
   * given ending does not emit, and a leaked count refuses that client for good.
   */
  const onEnd = (req: Request, res: Response, fn: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      res.off('finish', once);
      res.off('close', once);
      req.off('close', onReqClose);
      fn();
    };
    // A request body fully read also closes `req`; only a close before the answer ends it early.
    const onReqClose = () => {
      if (!res.writableFinished && (req.destroyed || req.socket?.destroyed)) once();
    };
    res.once('finish', once);
    res.once('close', once);
    req.once('close', onReqClose);
    if (res.writableFinished || res.destroyed || req.socket?.destroyed) once();
  };

  const factory =
    (costOf: CostOf): RequestHandler =>
    async (req, res, next) => {
      const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const mine = inFlight.get(client) ?? 0;
      if (mine >= limits.perClient) {
        refuse(
          req,
          res,
          429,
          1,
          `At most ${limits.perClient} heavy requests per client at a time; wait for one to end.`,
        );
        return;
      }
      // Counted before any await, so simultaneous requests of one client cannot slip past the cap.
      inFlight.set(client, mine + 1);
      onEnd(req, res, () => {
        const n = (inFlight.get(client) ?? 1) - 1;
        if (n > 0) inFlight.set(client, n);
        else inFlight.delete(client);
      });
      const cost = Math.max(1, Math.min(costOf(req), limits.budgetPerMinute));
      try {
        await budget.consume(client, cost);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        // A refused request costs nothing: small requests that still fit go on being served.
        await budget.reward(client, cost);
        refuse(
          req,
          res,
          429,
          err.msBeforeNext / 1000,
          `This request costs ${cost} units; the budget of ${limits.budgetPerMinute} per minute is spent.`,
        );
        return;
      }
      if (slots.pending >= limits.concurrency && slots.size >= limits.queue) {
        refuse(req, res, 503, 2, 'The server is busy with heavy requests; try again shortly.');
        return;
      }
      const queuedAt = Date.now();
      void slots.add(
        () =>
          new Promise<void>((release) => {
            // The client gave up while waiting: its slot goes to the next one.
            if (res.writableEnded || res.destroyed || req.socket.destroyed) return release();
            if (Date.now() - queuedAt > maxWaitMs) {
              refuse(req, res, 503, 2, 'The server is busy with heavy requests; try again shortly.');
              return release();
            }
            onEnd(req, res, release);
            next();
          }),
      );
    };

  return Object.assign(factory, {
    stats: (): HeavyGateStats => ({
      inFlight: [...inFlight.values()].reduce((a, b) => a + b, 0),
      clients: inFlight.size,
      running: slots.pending,
      queued: slots.size,
    }),
  });
}
