import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

/** Environment variables that decide which Neo4j Sakskart talks to and where local data lives. */
export const Neo4jEnv = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  SAKSKART_HOME: z.string().default('.sakskart'),
  SAKSKART_NEO4J_PORT: port.default(7687),
  SAKSKART_NEO4J_HTTP_PORT: port.default(7474),
  SAKSKART_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must look like 512m')
    .default('512m'),
  SAKSKART_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must look like 256m')
    .default('256m'),
  SAKSKART_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  /** "1" serves Neo4j Browser from the local Neo4j (its HTTP connector is off otherwise). */
  SAKSKART_NEO4J_BROWSER: z.enum(['0', '1']).default('0'),
});
export type Neo4jEnv = z.infer<typeof Neo4jEnv>;

export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database?: string }
  | {
      kind: 'local';
      home: string;
      boltPort: number;
      httpPort: number;
      heap: string;
      pageCache: string;
      startTimeoutMs: number;
      browser: boolean;
      /** The generated password of the local Neo4j (user neo4j), mode 0600. */
      passwordFile: string;
    };

/** Where the local Neo4j's password is kept: `<SAKSKART_HOME>/neo4j-password`. */
export function localPasswordFile(home: string): string {
  return path.join(home, 'neo4j-password');
}

/** Reads the environment once; a bad value fails fast with the variable's name. */
export function readNeo4jTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget {
  const parsed = Neo4jEnv.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${issues}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI) {
    if (e.NEO4J_PASSWORD === undefined) throw new Error('NEO4J_PASSWORD must be set together with NEO4J_URI');
    return {
      kind: 'external',
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  }
  const home = path.resolve(e.SAKSKART_HOME);
  return {
    kind: 'local',
    home,
    boltPort: e.SAKSKART_NEO4J_PORT,
    httpPort: e.SAKSKART_NEO4J_HTTP_PORT,
    heap: e.SAKSKART_NEO4J_HEAP,
    pageCache: e.SAKSKART_NEO4J_PAGECACHE,
    startTimeoutMs: e.SAKSKART_NEO4J_START_TIMEOUT_MS,
    browser: e.SAKSKART_NEO4J_BROWSER === '1',
    passwordFile: localPasswordFile(home),
  };
}
