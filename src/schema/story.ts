/** A story: one event covered by several outlets. */
import { z } from 'astro/zod';
import { partialDate, text } from './fields.ts';

/** `content/stories/<id>.yaml`; the id is the file name. */
export const storySchema = z.strictObject({
  title: text(160).describe('Neutral title of the event'),
  date: partialDate.describe('When it happened, at its known precision'),
  summary: text(600).describe('Two or three neutral sentences'),
});

/** Parsed story data. */
export type StoryData = z.infer<typeof storySchema>;
