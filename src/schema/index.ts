/** The content model: one schema per collection, shared by Astro, the validator and the tests. */
export {
  articleSchema,
  copySchema,
  correctionSchema,
  figureSchema,
  sourceSchema,
  type ArticleData,
  type Copy,
  type Correction,
  type Figure,
} from './article.ts';
export { outletSchema, type OutletData } from './outlet.ts';
export { topicSchema, type TopicData } from './topic.ts';
export { storySchema, type StoryData } from './story.ts';
export {
  BASES,
  FIGURE_BASES,
  MEASURE_DEFINITIONS,
  MEASURES,
  SIDES,
  SPANS,
  OUTLET_KINDS,
  RTL_LANGUAGES,
  COUNTRY_CODES,
  COUNTRY_MISTAKES,
  LANGUAGE_MISTAKES,
  isLanguageCode,
} from './vocab.ts';
export { isRealPartialDate } from './fields.ts';
