import type { z } from 'zod';

/** Parses request input; a ZodError becomes a 400 problem+json naming each bad field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  return schema.parse(input);
}
