import { DatabaseUnavailableError, Executor, withDeadline } from '../executor.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j.js';

/**
 * up: answering; down: not answering (JVM gone or probes failing), a restart follows;
 * restarting: a new JVM is being started; gave-up: restarts failed too often, a person must look;
 * stopped: shut down on purpose.
 */
export type Neo4jState = 'up' | 'down' | 'restarting' | 'gave-up' | 'stopped';

export interface Neo4jStatus {
  state: Neo4jState;
  /** When the current state began (ISO time). */
  since: string;
  /** Successful restarts since this process started. */
  restarts: number;
  /** Process id of the current JVM. */
  pid?: number;
  lastError?: string;
}

/** The part of a pino logger the supervisor uses. */
export interface SupervisorLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

export interface SupervisionSettings {
  /** How often Bolt is probed. */
  probeIntervalMs: number;
  /** A probe not answered within this long counts as failed (a hung JVM accepts and never answers). */
  probeTimeoutMs: number;
  /** Consecutive failed probes of a JVM that is still running before it is killed as hung. */
  hungAfterFailedProbes: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  /** Consecutive failed restarts before giving up. */
  maxRestartAttempts: number;
}

export const DEFAULT_SUPERVISION: SupervisionSettings = {
  probeIntervalMs: 5_000,
  probeTimeoutMs: 5_000,
  hungAfterFailedProbes: 6,
  backoffInitialMs: 1_000,
  backoffMaxMs: 30_000,
  maxRestartAttempts: 8,
};

/** Delay before restart attempt `attempt` (0-based): doubling from `initialMs`, capped at `maxMs`. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Keeps the local Neo4j running for a long-lived process (`npm start`): notices a JVM that exits
 * (crash, OOM, kill -9) at once and one that stops answering through a periodic Bolt probe, and
 * restarts it with exponential backoff. The store survives: Neo4j recovers from its transaction log.
 */
export class Neo4jSupervisor {
  private current: LocalNeo4j | undefined;
  private probe: Executor | undefined;
  private timer: NodeJS.Timeout | undefined;
  private probeStarted = 0;
  private failedProbes = 0;
  private restarting = false;
  private stopping = false;
  private probing = false;
  /** JVMs already sent SIGKILL: the probes that fail until `exited` fires must not kill (and log) again. */
  private readonly killed = new WeakSet<LocalNeo4j>();
  private readonly settings: SupervisionSettings;
  private state: Neo4jStatus = { state: 'down', since: new Date().toISOString(), restarts: 0 };

  constructor(
    private readonly opts: LocalNeo4jOptions,
    private readonly logger: SupervisorLogger,
    settings: Partial<SupervisionSettings> = {},
  ) {
    this.settings = { ...DEFAULT_SUPERVISION, ...settings };
  }

  /** The first start: failures are thrown to the caller (nothing to supervise yet). */
  async start(): Promise<LocalNeo4j> {
    const local = await startLocalNeo4j(this.opts);
    await this.firstAnswer(local);
    this.adopt(local);
    this.scheduleProbe();
    return local;
  }

  /**
   * Probes one after the other, each `probeIntervalMs` after the previous one began (or at once
   * when it took longer): with a fixed interval a probe that ran into its timeout would make the
   * next tick skip, and "hung after N failed probes" would take twice as long as documented.
   */
  private scheduleProbe(): void {
    if (this.stopping) return;
    const wait = Math.max(0, this.probeStarted + this.settings.probeIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.probeStarted = Date.now();
      void this.checkOnce().finally(() => this.scheduleProbe());
    }, wait);
    this.timer.unref();
  }

  status(): Neo4jStatus {
    return { ...this.state, pid: this.current?.javaPid };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.set('stopped');
    // A hung JVM never answers the probe's goodbye; the JVM itself is stopped (or killed) below.
    await withDeadline(5_000, 'closing the probe', this.probe?.close() ?? Promise.resolve()).catch(() => {});
    await this.current?.stop();
  }

  private set(state: Neo4jState, lastError?: string): void {
    if (this.state.state === state && lastError === undefined) return;
    this.state = {
      state,
      since: new Date().toISOString(),
      restarts: this.state.restarts,
      lastError: lastError ?? this.state.lastError,
    };
  }

  private adopt(local: LocalNeo4j): void {
    this.current = local;
    this.failedProbes = 0;
    this.probe = this.newProbe(local);
    this.probeStarted = Date.now();
    this.set('up');
    void local.exited.then(() => {
      if (this.current !== local || this.stopping) return;
      this.logger.error({ javaPid: local.javaPid }, 'local Neo4j exited unexpectedly; restarting it');
      this.set('down', 'Neo4j process exited');
      void this.restartLoop();
    });
  }

  /** A fresh probe client for `local`; the previous one is closed in the background. */
  private newProbe(local: LocalNeo4j): Executor {
    // Closing waits for its connections, which on a hung JVM never answer: not awaited.
    void this.probe?.close().catch(() => {});
    return new Executor({
      uri: local.boltUri,
      user: local.user,
      password: local.password,
      app: 'sakskart-probe',
    });
  }

  /**
   * Waits (up to the start timeout) for a new JVM's first answer to the probe's query before it is
   * watched. A JVM that has just opened Bolt plans its first Cypher slowly (classes loading,
   * nothing compiled: over 10 s on a loaded machine), and probes bounded to a few seconds would
   * count that as hung and kill a healthy server again and again. A JVM that never answers is
   * adopted anyway: its probes then fail, and it is killed as hung.
   */
  private async firstAnswer(local: LocalNeo4j): Promise<void> {
    const probe = new Executor({
      uri: local.boltUri,
      user: local.user,
      password: local.password,
      app: 'sakskart-probe',
    });
    const deadline = Date.now() + this.opts.startTimeoutMs;
    try {
      for (;;) {
        try {
          await this.answersWithin(probe, Math.max(1_000, deadline - Date.now()));
          return;
        } catch (err) {
          if (this.stopping || Date.now() >= deadline) {
            this.logger.warn(
              { javaPid: local.javaPid, err: (err as Error).message },
              'local Neo4j has not answered a query yet',
            );
            return;
          }
          // The user database may still be coming online after Bolt opened.
          await sleep(500);
        }
      }
    } finally {
      void withDeadline(5_000, 'closing the first probe', probe.close()).catch(() => {});
    }
  }

  /**
   * Resolves when Neo4j answers a query within the probe timeout. A query, not the driver's
   * connectivity check: that one is answered from the pool without a round trip (see
   * Executor.ping), and a hung JVM passed it for ever. An error the server sends back (a
   * transaction timeout on a machine under load, say) is an answer: only silence or a refused
   * connection counts against the JVM.
   */
  private async answers(probe: Executor): Promise<void> {
    return this.answersWithin(probe, this.settings.probeTimeoutMs);
  }

  private async answersWithin(probe: Executor, timeoutMs: number): Promise<void> {
    try {
      await probe.ping(timeoutMs, 'probe');
    } catch (err) {
      if (err instanceof DatabaseUnavailableError) throw err;
    }
  }

  private async checkOnce(): Promise<void> {
    // One probe at a time: a slow answer must not pile up probes (or count as several failures).
    if (this.restarting || this.stopping || this.probing || !this.probe) return;
    this.probing = true;
    try {
      await this.answers(this.probe);
      if (this.failedProbes > 0) this.logger.info({ javaPid: this.current?.javaPid }, 'local Neo4j answers again');
      this.failedProbes = 0;
      if (this.state.state === 'down') this.set('up');
    } catch (err) {
      if (this.restarting || this.stopping) return;
      this.failedProbes++;
      this.logger.warn(
        { javaPid: this.current?.javaPid, failedProbes: this.failedProbes, err: (err as Error).message },
        'local Neo4j does not answer',
      );
      this.set('down', (err as Error).message);
      // The unanswered probe's connection stays stuck: the next probe starts from a clean pool.
      if (this.current) this.probe = this.newProbe(this.current);
      if (this.failedProbes >= this.settings.hungAfterFailedProbes && this.current && !this.killed.has(this.current)) {
        this.killed.add(this.current);
        // Still running but unreachable for this long: hung. Killing it leads to a restart via `exited`.
        this.logger.error({ javaPid: this.current.javaPid }, 'local Neo4j is hung; killing it');
        try {
          process.kill(this.current.javaPid, 'SIGKILL');
        } catch {
          /* already gone: `exited` takes over */
        }
      }
    } finally {
      this.probing = false;
    }
  }

  private async restartLoop(): Promise<void> {
    if (this.restarting || this.stopping) return;
    this.restarting = true;
    const downSince = Date.now();
    try {
      for (let attempt = 0; attempt < this.settings.maxRestartAttempts; attempt++) {
        const delayMs = backoffDelay(attempt, this.settings.backoffInitialMs, this.settings.backoffMaxMs);
        this.logger.warn({ attempt: attempt + 1, delayMs }, 'restarting local Neo4j');
        await sleep(delayMs);
        if (this.stopping) return;
        this.set('restarting');
        try {
          const local = await startLocalNeo4j(this.opts);
          await this.firstAnswer(local);
          if (this.stopping) {
            // Shut down while this start was under way: do not leave the new JVM behind.
            await local.stop();
            return;
          }
          this.state.restarts++;
          this.adopt(local);
          this.logger.info(
            { javaPid: local.javaPid, downMs: Date.now() - downSince, restarts: this.state.restarts },
            'local Neo4j restarted',
          );
          return;
        } catch (err) {
          this.set('down', (err as Error).message);
          this.logger.error({ attempt: attempt + 1, err: (err as Error).message }, 'restarting local Neo4j failed');
        }
      }
      this.set('gave-up');
      this.logger.fatal(
        { attempts: this.settings.maxRestartAttempts, lastError: this.state.lastError },
        'gave up restarting local Neo4j; see its logs',
      );
    } finally {
      this.restarting = false;
    }
  }
}
