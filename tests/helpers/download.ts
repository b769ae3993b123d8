import type { Express } from 'express';
import request from 'supertest';

/** GETs `url` and keeps the body as bytes (zip, JSON lines, XML), whatever its content type. */
export async function download(app: Express, url: string) {
  const res = await request(app)
    .get(url)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { res, body: res.body as Buffer };
}
