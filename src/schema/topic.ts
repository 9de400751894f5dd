/** A topic: one angle of the subject, such as casualties or repatriation. */
import { z } from 'astro/zod';
import { text } from './fields.ts';

/** One entry of `content/topics.yaml`, keyed by topic id. */
export const topicSchema = z.strictObject({
  title: text(80).describe('Display title'),
  description: text(400).describe('One or two sentences'),
});

/** Parsed topic data. */
export type TopicData = z.infer<typeof topicSchema>;
