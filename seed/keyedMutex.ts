/**
 * Runs tasks one at a time per key, tasks of different keys side by side. Uploads use it with the
 * file name: "the same name replaces" holds only if two loads of one name never overlap, since
 * each reads what is loaded under the name and then writes in its own transaction.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(task, task);
    const tail = mine.catch(() => {});
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      // The last one out forgets the key, so the map holds only names being loaded now.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a task running or waiting. */
  get size(): number {
    return this.tails.size;
  }
}
