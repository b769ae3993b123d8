/**
 * The one module that talks to neo4j-driver. Everything else asks this executor to run Cypher, so
 * the database name, timeouts, integer conversion and error mapping live in one place.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { oneParameter, PARAMETER_MAP } from './oneParameter.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Neo4j could not be reached (down, restarting, network): callers answer 503 and retry later. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
/** Neo4j took a connection or a query and did not answer in time (hung JVM, network black hole). */
export class NoAnswerError extends DatabaseUnavailableError {
  override name = 'NoAnswerError';
}
/** A uniqueness constraint rejected a write. */
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

export function mapDriverError(err: unknown): Error {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? String(err);
  if (
    err instanceof DatabaseUnavailableError ||
    UNAVAILABLE_CODES.has(code) ||
    /ECONNREFUSED|ECONNRESET|Connection was closed|Pool is closed|Connection acquisition timed out|Failed to establish connection/i.test(
      message,
    )
  ) {
    if (err instanceof DatabaseUnavailableError) return err;
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${message}`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new ConstraintViolationError(message);
  return err instanceof Error ? err : new Error(message);
}

export interface ExecutorOptions {
  uri: string;
  user?: string;
  password?: string;
  /** Always named: saves the routing round trip that resolving the home database costs. */
  database?: string;
  /** Per-transaction timeout for reads, in ms. */
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
  /**
   * How long past its transaction timeout a call may wait for Neo4j's answer before it is given
   * up as unanswered (DatabaseUnavailableError). The transaction timeout is enforced by Neo4j
   * itself, so a JVM that is hung (SIGSTOP, a stop-the-world pause) never enforces it: without a
   * deadline on this side such a call would wait for ever.
   */
  answerGraceMs?: number;
  /** Tagged onto every transaction so queries can be traced in `SHOW TRANSACTIONS` and query.log. */
  app?: string;
}

/** Turns driver values (Node, Relationship, temporal types) into plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v)) return String(v);
  if ('labels' in v && 'properties' in v && 'elementId' in v) {
    return { elementId: v.elementId, labels: v.labels, properties: toPlain(v.properties) };
  }
  if ('type' in v && 'properties' in v && 'startNodeElementId' in v) {
    return {
      elementId: v.elementId,
      type: v.type,
      start: v.startNodeElementId,
      end: v.endNodeElementId,
      properties: toPlain(v.properties),
    };
  }
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) out[k] = toPlain(val);
  return out;
}

/**
 * JavaScript has one number type; Neo4j has INTEGER and FLOAT. Whole numbers go to Neo4j as
 * integers (LIMIT needs them, and line numbers are integers), everything else unchanged.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}

/** A statement as sent: its parameters in one map, so Neo4j keeps one plan per text (oneParameter.ts). */
function statement(cypher: string, params: Params): [string, Params] {
  return [oneParameter(cypher), { [PARAMETER_MAP]: toNeo4jParams(params) }];
}

/**
 * `work`, or NoAnswerError (a DatabaseUnavailableError) once `ms` have passed without it settling. The work itself
 * cannot be cancelled (the driver has no client-side cancel); it settles when its connection
 * breaks (the supervisor kills a hung JVM) and its result is then dropped.
 */
export async function withDeadline<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(`Neo4j did not answer within ${ms / 1000} s (${what})`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export class Executor {
  readonly driver: Driver;
  readonly database: string;
  private readonly opts: Required<Pick<ExecutorOptions, 'readTimeoutMs' | 'writeTimeoutMs' | 'app' | 'answerGraceMs'>>;

  constructor(options: ExecutorOptions) {
    const auth =
      options.password !== undefined ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 20,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      userAgent: 'sakskart',
    });
    this.database = options.database ?? 'neo4j';
    this.opts = {
      readTimeoutMs: options.readTimeoutMs ?? 10_000,
      writeTimeoutMs: options.writeTimeoutMs ?? 120_000,
      app: options.app ?? 'sakskart',
      answerGraceMs: options.answerGraceMs ?? 5_000,
    };
  }

  /** Deadlines of a read and a write: the transaction timeout plus the grace (see answerGraceMs). */
  private get readDeadlineMs(): number {
    return this.opts.readTimeoutMs + this.opts.answerGraceMs;
  }
  private get writeDeadlineMs(): number {
    return this.opts.writeTimeoutMs + this.opts.answerGraceMs;
  }

  /**
   * Neo4j answers now: a connection is opened (or reused) and the server replies. `timeoutMs`
   * bounds the whole check, so a hung server fails it instead of blocking the caller.
   */
  async verify(timeoutMs = 10_000): Promise<void> {
    try {
      await withDeadline(timeoutMs, 'connectivity check', this.driver.verifyConnectivity({ database: this.database }));
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  /**
   * One real round trip to Neo4j, bounded by `timeoutMs`: what a liveness probe needs. `verify()`
   * is not one: the driver's connectivity check sends nothing on a pooled connection that has only
   * logged on, so a probe that only ever verifies keeps answering "fine" from its pool while the
   * JVM is hung (SIGSTOP). A server that answers with an error is alive; the error is thrown as it
   * came (only no answer or no connection is a DatabaseUnavailableError).
   */
  async ping(timeoutMs = 5_000, purpose = 'ping'): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const work = session
      .run('RETURN 1 AS ok', {}, { timeout: timeoutMs, metadata: { app: this.opts.app, purpose } })
      .then(() => undefined);
    return this.settle(session, withDeadline(timeoutMs, purpose, work));
  }

  /** A read transaction (routed to followers/readers in a cluster). */
  async read(cypher: string, params: Params = {}, purpose = 'read'): Promise<Row[]> {
    return this.readTx((tx) => tx.run(...statement(cypher, params)).then(rows), purpose);
  }

  /**
   * One auto-commit read: a single round trip where a managed read transaction takes two (BEGIN
   * with the query, then COMMIT), with tails to match (p95 1.6 against 4.4–6 ms for the graph
   * stamp on this machine). For tiny reads made on every request; not retried, so a failure is
   * the caller's to answer.
   */
  async readOnce(cypher: string, params: Params = {}, purpose = 'read'): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const work = session
      .run(...statement(cypher, params), {
        timeout: this.opts.readTimeoutMs,
        metadata: { app: this.opts.app, purpose },
      })
      .then(rows);
    return this.settle(session, withDeadline(this.readDeadlineMs, purpose, work));
  }

  /** `work`'s rows, driver errors mapped; the session is closed without waiting on a hung server. */
  private async settle<T>(session: { close(): Promise<void> }, work: Promise<T>): Promise<T> {
    let answered = true;
    try {
      return await work;
    } catch (err) {
      answered = !(err instanceof NoAnswerError);
      throw mapDriverError(err);
    } finally {
      // After a deadline the session's connection is still waiting: closing it would wait too, so
      // it is closed in the background (it settles once the connection breaks).
      if (answered) await session.close();
      else void session.close().catch(() => {});
    }
  }

  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose = 'read'): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const done = session.executeRead(work, {
      timeout: this.opts.readTimeoutMs,
      metadata: { app: this.opts.app, purpose },
    });
    return this.settle(session, withDeadline(this.readDeadlineMs, purpose, done));
  }

  async write(cypher: string, params: Params = {}, purpose = 'write'): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher, params), purpose);
  }

  /** One write transaction: all of `work` commits, or none of it. */
  async writeTx<T>(work: (tx: WriteTx) => Promise<T>, purpose = 'write'): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const done = session.executeWrite((tx) => work(new WriteTx(tx)), {
      timeout: this.opts.writeTimeoutMs,
      metadata: { app: this.opts.app, purpose },
    });
    return this.settle(session, withDeadline(this.writeDeadlineMs, purpose, done));
  }

  /**
   * An auto-commit query: for schema commands (which cannot share a transaction with writes) and
   * `CALL { … } IN TRANSACTIONS` batches. Bounded like a write transaction (its timeout, given to
   * Neo4j, plus the grace on this side), so a hung server cannot hold a schema step or a wipe for
   * ever; `timeoutMs` raises the bound for a known long job.
   */
  async autoCommit(
    cypher: string,
    params: Params = {},
    options: { timeoutMs?: number; purpose?: string } = {},
  ): Promise<void> {
    const timeoutMs = options.timeoutMs ?? this.opts.writeTimeoutMs;
    const purpose = options.purpose ?? 'auto-commit';
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const work = session
      .run(...statement(cypher, params), { timeout: timeoutMs, metadata: { app: this.opts.app, purpose } })
      .then(() => undefined);
    return this.settle(session, withDeadline(timeoutMs + this.opts.answerGraceMs, purpose, work));
  }

  async serverInfo(): Promise<{ version: string; edition: string; address: string }> {
    const [row] = await this.read(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      {},
      'health',
    );
    const info = await this.driver.getServerInfo({ database: this.database });
    return { version: String(row?.version), edition: String(row?.edition), address: info.address ?? '' };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** A write transaction handed to callers of `writeTx`, returning plain rows. */
export class WriteTx {
  constructor(private readonly tx: ManagedTransaction) {}
  async run(cypher: string, params: Params = {}): Promise<Row[]> {
    return rows(await this.tx.run(...statement(cypher, params)));
  }
}
