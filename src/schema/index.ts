/** The content model: one schema per collection, shared by Astro, the validator and the tests. */
export { articleSchema, figureSchema, sourceSchema, type ArticleData, type Figure } from './article.ts';
export { outletSchema, type OutletData } from './outlet.ts';
export { topicSchema, type TopicData } from './topic.ts';
export { storySchema, type StoryData } from './story.ts';
export { MEASURES, OUTLET_KINDS, RTL_LANGUAGES, COUNTRY_CODES, isLanguageCode } from './vocab.ts';
export { isRealPartialDate } from './fields.ts';
