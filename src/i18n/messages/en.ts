/**
 * The interface strings of the localized pages, in English as the site shows them: the catalogue every other locale
 * translates, key for key (tests/i18n/catalogue.test.ts). `{name}` is a value put in by `translate` or `plural`; an
 * object is a count's wording, one entry per `Intl.PluralRules` category the locale needs (English: one, other).
 * Placeholders named `…Link` take a whole link, its words from the key beside it ('figures.methodLink').
 */
export const en = {
  // The skeleton: title, head metadata, header, navigation, search box, footer (src/layouts/BaseLayout.astro).
  'site.description':
    'A curated index of published reporting on how Russia recruits foreign nationals into its military: ' +
    'who is recruited, from where, how, what becomes of them and how their governments respond.',
  'site.title': '{title} · {site}',
  'site.ogImageAlt': "{site}: reporting on foreign nationals recruited into Russia's military",
  'feed.rss': '{name} (RSS)',
  'feed.json': '{name} (JSON Feed)',
  'feed.locale.title': '{site} in {language}',
  'feed.locale.description': 'Every new entry on {site}, with our summary in {language} where there is one.',
  'feed.item.original': '(Original: {outlet}, {published}.)',
  'feed.item.published': 'published {date}',
  'feed.item.dateUnknown': 'publication date unknown',
  'layout.skipLink': 'Skip to content',
  'nav.label': 'Main',
  'nav.articles': 'Articles',
  'nav.countries': 'Countries',
  'nav.figures': 'Figures',
  'nav.sources': 'Sources',
  'nav.topics': 'Topics',
  'nav.stories': 'Stories',
  'nav.about': 'About',
  'search.formLabel': 'Site',
  'search.inputLabel': 'Search articles',
  'search.placeholder': 'Search',
  'search.submit': 'Search',
  'footer.summary': '{site} summarises published reporting in its own words; every item links to its original source.',
  'footer.aboutLink': 'About, methods and corrections',
  'footer.feeds': 'Feeds',
  'footer.openData': 'Open data',
  'footer.corrections': 'Corrections',
  'footer.licence': 'Summaries and data: {licenceLink}. Code: MIT. The original reports belong to their publishers.',
  'footer.licenceLink': 'CC BY 4.0',
  'languageSwitcher.label': 'Language',
  'languageSwitcher.untranslated': 'This page is not yet translated into {language}.',

  // Dates, counts and lists shared by many pages.
  'date.unknown': 'Date unknown',
  'date.unknownInline': 'date unknown',
  'date.notStated': 'Not stated',
  'date.span': '{first} to {last}',
  'count.articles': { one: '{count} article', other: '{count} articles' },
  'count.countries': { one: '{count} country', other: '{count} countries' },
  'count.outlets': { one: '{count} outlet', other: '{count} outlets' },
  'count.stories': { one: '{count} story', other: '{count} stories' },
  'count.reports': { one: '{count} report', other: '{count} reports' },
  'count.figures': { one: '{count} figure', other: '{count} figures' },
  'count.claims': { one: '{count} claim', other: '{count} claims' },
  'count.claimants': { one: '{count} claimant', other: '{count} claimants' },
  'count.results': { one: '{count} result', other: '{count} results' },
  'count.datedClaims': { one: '{count} dated claim', other: '{count} dated claims' },
  'count.undatedClaims': { one: '{count} undated claim', other: '{count} undated claims' },
  'pagination.label': 'Pages',
  'pagination.newer': '← Newer',
  'pagination.older': 'Older →',
  'pagination.previous': '← Previous',
  'pagination.next': 'Next →',
  'pagination.pageOf': 'Page {page} of {pages}',
  'pagination.suffix': ' (page {page} of {pages})',
  'report.error': 'Report an error on this page',

  // An article in a list (src/components/ArticleCard.astro) and the country filter (CountryFilter, country-filter.ts).
  'card.headlinePlaceholder': 'Headline',
  'card.outletPlaceholder': 'Outlet',
  'card.originalAt': 'Original at {outlet}',
  'card.theOutlet': 'the outlet',
  'card.opensSource': '(opens the source site)',
  'filter.label': 'Filter by country',
  'filter.hint': 'Choose a country to see all of its articles.',
  'filter.placeholder': 'Type to narrow the list',
  'filter.narrowLabel': 'Narrow the list of countries',
  'filter.resultsHeading': 'Articles about {countries}',
  'filter.showMore': 'Show {count} more ({shown} of {total} shown)',
  // Joins the selected countries' names in the filter's heading: "Articles about Nepal or India".
  'filter.or': ' or ',
  // Between the linked names of a list (a card's countries, an article's tags, the map's small countries).
  'list.separator': ', ',

  // The world map (src/components/WorldMap.astro).
  'map.countryLabel': '{country}: {articles}',
  'map.caption':
    'Countries whose nationals appear in our coverage, shaded by number of articles (darker is more). ' +
    'Select a country to open its page; the table lists the same data.',
  'map.tooSmall': 'Too small to draw at this scale: {countries}.',

  // What a figure counts (src/schema/vocab.ts MEASURE_DEFINITIONS; measureLabel in src/lib/key-figures.ts).
  'measure.recruited': 'Recruited',
  'measure.deployed': 'Deployed',
  'measure.killed': 'Killed',
  'measure.wounded': 'Wounded',
  'measure.captured': 'Captured',
  'measure.missing': 'Missing',
  'measure.returned': 'Returned',
  'measure.remains-returned': 'Remains returned',
  'measure.discharged': 'Discharged',
  'measure.detained': 'Detained',
  'measure.convicted': 'Convicted',
  'measure.payment': 'Payment',
  'measure.sentence': 'Sentence',
  'measure.other': 'Other',
  'measureDefinition.recruited':
    'People signed up, enlisted or taken into Russian service, including those lured by false job offers.',
  'measureDefinition.deployed': 'People sent to the front or to a combat zone, as distinct from those only recruited.',
  'measureDefinition.killed': 'People reported dead while serving or after being sent to fight.',
  'measureDefinition.wounded': 'People reported injured while serving.',
  'measureDefinition.captured': 'People taken prisoner, almost always by Ukraine.',
  'measureDefinition.missing':
    'People whose fate is unknown: out of contact, or listed as missing by families or governments.',
  'measureDefinition.returned': 'Living people brought or sent home: released, evacuated, repatriated or escaped.',
  'measureDefinition.remains-returned': 'Bodies or remains of the dead brought home to their country.',
  'measureDefinition.discharged': 'People released from their contracts or service while still in Russia.',
  'measureDefinition.detained':
    'People arrested or held by their own or another government over recruitment (recruiters or recruits).',
  'measureDefinition.convicted': 'People found guilty in court over recruitment or over fighting for Russia.',
  'measureDefinition.payment':
    'Money paid or promised: bonuses, salaries, compensation (with the unit, such as "USD per month").',
  'measureDefinition.sentence':
    'Length of a prison sentence or other penalty handed down (with the unit, such as "years").',
  'measureDefinition.other': "Any other number the report cites, described in the figure's own words.",

  // What kind of number a figure is (src/schema/vocab.ts FIGURE_BASES; basisLabel in src/lib/key-figures.ts).
  'basis.official': 'official',
  'basis.estimate': 'estimate',
  'basis.documented-minimum': 'documented minimum',
  'basis.unverified': 'unverified',
  'basis.unknown': 'basis unknown',
  'basisDefinition.official': 'An official count: a government, ministry or official body states it.',
  'basisDefinition.estimate': 'An estimate by a researcher, journalist, intelligence service or official, not a count.',
  'basisDefinition.documented-minimum':
    'A documented minimum: named or individually confirmed people, as Mediazona and BBC Russian count.',
  'basisDefinition.unverified': 'An unverified claim: a recruiter, an anonymous source, a family, a social-media post.',
  'basisDefinition.unknown': 'The report does not say how the number was reached.',
  // Spans and sides (src/schema/vocab.ts SPANS, SIDES): not shown by today's pages, worded as the about page does.
  'span.total': 'running total',
  'span.period': 'count for one period',
  'span.unknown': 'span unknown',
  'side.russia': "Russia's side",
  'side.ukraine': "Ukraine's side",
  'side.both': 'both sides together',
  'side.unknown': 'side unknown',

  // One figure, its claim and the tables of figures (FigureClaim, KeyFigureClaim, FiguresTable, KeyFiguresTable).
  'figure.atLeast': 'at least {value}',
  'figure.atMost': 'at most {value}',
  'figure.range': '{low}–{high}',
  'figure.claimBy': '{claimant}, {date} ({basis})',
  'figures.col.figure': 'Figure',
  'figures.col.measure': 'Measure',
  'figures.col.what': 'What',
  'figures.col.country': 'Country',
  'figures.col.claimedBy': 'Claimed by',
  'figures.col.asOf': 'As of',
  'figures.col.reportedIn': 'Reported in',
  'figures.severalGlobal': 'Several / global',
  'keyFigures.heading': 'Key figures',
  'keyFigures.intro':
    "Running totals of nationals of {name} on Russia's side, as claimed: the most recent dated claim for each " +
    'measure and, when a claim is higher (dated or not), the highest claim held; the range of all such claims, dated ' +
    "or not; and how many claimants made them. Counts for one period, figures for both sides or for Ukraine's, and " +
    "other units are left out here; they are in the figures ledger below. Figures are the claimants', not verified " +
    'by us, and their bases differ ({howToReadLink}; {allCountriesLink}).',
  'keyFigures.howToRead': 'how to read them',
  'keyFigures.allCountries': 'all countries compared',
  'keyFigures.caption': 'Key figures for {name}',
  'keyFigures.subject': 'nationals of {name}',
  'keyFigures.col.measure': 'Measure',
  'keyFigures.col.latest': 'Most recent claim',
  'keyFigures.col.range': 'Range of claims',
  'keyFigures.col.claims': 'Claims',
  'keyFigures.claimsBy': '{claims} by {claimants}',
  'keyFigures.highestHeld': 'Highest claim held:',
  'keyFigures.differ': '{measure}, claims differ:',
  'keyFigures.differPair': '{first} and {second}.',
  'keyFigures.differClaim': '{value} ({claimant}, {date})',
  'keyFigures.noClaim': 'No claim',

  // Claims over time (src/components/ClaimsChart.astro, KeyFigureCharts.astro).
  'chart.caption': '{measure}: {subject}, running totals as claimed over time',
  'chart.captionFull': '{caption} ({shown}{undated}). Each mark is one claim; select it to open its report.',
  'chart.shownSome': 'the {shown} most recent of {total} dated claims',
  'chart.undatedSome': 'the {shown} highest of {total} undated claims',
  'chart.undatedListed': '; {undated} listed below',
  'chart.legendLabel': 'Mark shapes',
  'chart.markTitle': '{value}: {claim}',
  'chart.tableCaption': 'The claims charted, newest first',
  'chart.col.asOf': 'As of',
  'chart.col.claim': 'Claim',
  'chart.col.claimedBy': 'Claimed by',
  'chart.col.basis': 'Basis',
  'chart.undatedIntro': 'Undated claims, not placed on the time axis ({undated}, highest first):',

  // The note on method (src/components/FiguresMethod.astro), on /figures/.
  'method.heading': 'Note on method',
  'method.claimed':
    'Every figure is as claimed by the person or body named, at the date given; we record it, we do not verify it. ' +
    'Claims for the same country often disagree.',
  'method.comparable':
    'Only comparable claims are counted here: running totals to their date (not counts for one period, such as ' +
    '"150 in December"), of people on Russia\'s side (not figures for Ukraine\'s side or for both sides together), ' +
    "counted in people. Everything else stays in each country's figures ledger and in the open data.",
  'method.latest':
    'The most recent claim is the one with the latest date; a date known only to the month or the year counts as ' +
    'the middle of that month or year. Where two claims less than {months} months apart differ by more than half ' +
    '(the higher more than {ratio} times the lower), the country page says so.',
  'method.highest':
    'A report whose date we do not know may hold a higher count than the most recent dated one. So beside the most ' +
    'recent claim we give the highest claim held, dated or not (a range counts by its higher end), with its claimant ' +
    'and its date or "date unknown", whenever it is higher. The range of claims covers every claim, dated or not. ' +
    'Charts place only dated claims on their time axis; the undated ones are listed under the chart, highest first.',
  'method.bases':
    "Bases differ, and a documented minimum is not an estimate: compare like with like. Each claim's basis is one of:",
  'method.measures': 'The measures compared:',
  'method.data':
    'The same key figures are in {keyFiguresJsonLink}; every figure, with its basis, span and side, is in ' +
    '{figuresCsvLink} and {figuresJsonLink}.',

  // The home page (src/pages/index.astro).
  'home.intro':
    'Each entry is our own short summary of one published report, with a prominent link to the original, the ' +
    'figures it cites and who claimed them.',
  'home.statsLabel': 'Key counts',
  'home.browseLabel': 'Browse',
  'home.byCountry': 'By country',
  'home.keyFigures': 'Key figures',
  'home.bySource': 'By source',
  'home.byTopic': 'By topic',
  'home.byStory': 'By story',
  'home.filterLink': 'Filter all articles by one or more countries →',
  'home.latest.heading': 'Latest reports',
  'home.latest.note': 'By the date the original was published.',
  'home.allArticles': 'All {articles} →',
  'home.added.heading': 'Recently added',
  'home.added.note': 'By the date the entry was added here.',
  'home.added.feedLink': 'Follow new entries by feed',
  'home.added.meta': '({outlet}, {published}; added {added})',

  // The countries index (src/pages/countries/index.astro).
  'countries.title': 'Countries',
  'countries.description':
    'The {count} countries whose nationals appear in our coverage, with article and outlet counts.',
  'countries.intro': 'Nationalities concerned by the reports we summarise, most covered first.',
  'countries.caption': 'Countries by number of articles',
  'countries.col.country': 'Country',
  'countries.col.articles': 'Articles',
  'countries.col.outlets': 'Outlets',
  'countries.col.latest': 'Latest report',

  // A country's page (src/pages/countries/[id]/[...page].astro) and its timeline (src/components/Timeline.astro).
  'country.description':
    "Reports on {name} nationals recruited into Russia's military: {articles}, figures and who " + 'reported them.',
  'country.fromOutlets': ', from {outlets}',
  'country.rssLink': 'RSS feed for {name}',
  'country.figuresLink': 'Key figures by country',
  'country.stories.heading': 'Stories',
  'country.stories.all': 'All {count} stories about {name}, newest first →',
  'country.articles.heading': 'Articles',
  'country.ledger.heading': 'Figures ledger',
  'country.ledger.intro':
    'Every figure reported for {name}, oldest claim first, so that conflicting claims sit side by side. Each figure ' +
    'is as stated by its claimant, not verified by us.',
  'country.ledger.caption': 'Figures reported for {name}',
  'country.ledger.captionCut': 'The first {shown} of {count} figures reported for {name}',
  'country.ledger.all': 'All {count} figures reported for {name}, {size} a page →',
  'country.coverage.heading': 'Who covered it',
  'country.coverage.intro': "Most reports first, with each outlet's number of reports about {name}.",
  'country.coverage.based': 'Outlets based in {name}',
  'country.coverage.elsewhere': 'Outlets elsewhere',
  'country.coverage.none': 'None in our coverage.',
  'country.coverage.all': 'All {count} outlets that reported on {name} →',
  'timeline.caption': 'Articles about {name} per month, {span} (highest: {max} in a month).',
  'timeline.undated': {
    one: '{count} article without a known month is not shown.',
    other: '{count} articles without a known month are not shown.',
  },

  // A country's lists: its figures, outlets and stories (src/pages/countries/[id]/{figures,sources,stories}/).
  'countryFigures.title': 'Figures reported for {name}',
  'countryFigures.description':
    'Every figure reported for {name} nationals, oldest claim first: {figures}, each as stated by its claimant.',
  'countryFigures.intro':
    'Every figure reported for {countryLink}, oldest claim first, so that conflicting claims sit side by side: ' +
    '{figures}. Each figure is as stated by its claimant, not verified by us.',
  'countrySources.title': 'Outlets that reported on {name}',
  'countrySources.description': 'Every outlet with a report about {name} nationals, most reports first: {outlets}.',
  'countrySources.intro': 'Every outlet with a report about {countryLink}, most reports first: {outlets}.',
  'countrySources.caption': 'Outlets by their number of reports about {name}',
  'countrySources.col.outlet': 'Outlet',
  'countrySources.col.basedIn': 'Based in',
  'countrySources.col.reports': 'Reports about {name}',
  'countryStories.title': 'Stories about {name}',
  'countryStories.description': 'Every story with a report about {name} nationals, newest first: {stories}.',
  'countryStories.intro': 'Every story with a report about {countryLink}, newest first: {stories}.',
  'countryStories.reports': '{reports} about {name}',

  // Key figures by country (src/pages/figures/index.astro).
  'figures.title': 'Key figures by country',
  'figures.description':
    'The most recent running-total claim for each country: recruited, killed, captured and returned, with who ' +
    'claimed it, when and on what basis.',
  'figures.intro':
    "For each country, the most recent claim of a running total of its nationals on Russia's side who were " +
    'recruited, killed, captured or returned, with who made the claim, when, and on what basis, and beside it the ' +
    'highest claim held when that is higher, dated or not. Each number links to the report it comes from. These are ' +
    "the claimants' figures, not verified by us: read the {methodLink} before comparing them.",
  'figures.methodLink': 'note on method',
  'figures.byCountry.heading': 'By country',
  'figures.byCountry.caption':
    'Most recent running-total claim for each country and measure, and the highest when higher',
  'figures.compare.col.country': 'Country',
  'figures.others': 'Running totals of other measures only (such as deployed or missing): {countries}.',
  'figures.global.heading': 'Global and regional claims',
  'figures.global.intro':
    'Figures that name no single country: foreigners recruited, killed or captured overall, or in a region such as ' +
    "Africa or Central Asia. Each claim's own description says what it covers, so that a regional count is not " +
    'taken for a global one. The charts show how the claims for the main measures changed over time.',
  'figures.global.caption': 'Key figures for foreigners overall and by region',
  'figures.global.subject': 'foreigners overall and by region',

  // The about page (src/pages/about.astro): one key a paragraph.
  'about.title': 'About',
  'about.description': 'What {site} includes, how figures are recorded and attributed, and how to report a correction.',
  'about.heading': 'About {site}',
  'about.intro':
    '{site} follows published reporting on how Russia recruits foreign nationals into its military: who is ' +
    'recruited and from which countries, through which channels, what becomes of them, and how their governments ' +
    'respond. It is built for journalists, researchers, case workers, diplomats and the families of recruits.',
  'about.included.heading': 'What is included, and why',
  'about.included':
    'We include reports by news outlets, governments, international organisations and researchers that concern ' +
    "foreign nationals recruited, or targeted for recruitment, into Russia's armed forces or their auxiliaries since " +
    '2022. Each entry covers one published report. We include reporting from all sides, including outlets in Russia ' +
    'and Ukraine and state-owned media, and we describe each outlet on its source page so readers can weigh it. ' +
    'Reports by several outlets on the same event are grouped into stories.',
  'about.summaries.heading': 'Our summaries, and the originals',
  'about.summaries':
    'Every summary is written in our own words. We do not reproduce articles; at most a short quoted phrase is ' +
    'given, in quotation marks and attributed. Every entry links to the original report, shown prominently with the ' +
    'outlet, the original headline in its own language, the date at the precision we know it, and the language. ' +
    'Where we do not know a date or a headline, we say so instead of guessing.',
  'about.figures.heading': 'How figures are recorded',
  'about.figures':
    'Numbers in the reports (recruits, deaths, prisoners, payments, sentences) are recorded as figures. Each figure ' +
    'keeps who stated it (the claimant) and when it was stated or applies ("as of"). A figure is never ours: it is ' +
    "the claimant's, and claimants often disagree. Country pages list every figure for that country oldest first, " +
    'so that conflicting claims sit side by side.',
  'about.measures.heading': 'What each measure counts',
  'about.bases.heading': 'What kind of number it is',
  'about.bases':
    'Each figure also records its basis, whether it is a running total or a count for one period, and whose people ' +
    "it counts (Russia's side, Ukraine's, or both together). Only running totals of people on Russia's side, of the " +
    'same kind, are compared with each other.',
  'about.keyFigures':
    "{keyFiguresLink} compare only running totals of people on Russia's side, and say where claims of about the same " +
    'date differ. Each gives the most recent dated claim and, beside it, the highest claim held when that is higher, ' +
    'even an undated one, with its claimant and its date or "date unknown" ({methodLink}).',
  'about.keyFiguresLink': 'Key figures',
  'about.methodLink': 'note on method',
  'about.data.heading': 'Open data',
  'about.data':
    'The metadata of every article is available as {articlesJsonLink}, the figures ledger as {figuresCsvLink} and ' +
    "{figuresJsonLink}, and each country's key figures as {keyFiguresJsonLink}. Each figure has a stable id (the " +
    "article's slug and the figure's position), the URL of our article and the URL of the original source. Feeds: " +
    '{rssLink} and {jsonFeedLink}, and an RSS feed for each country.',
  'about.licence.heading': 'Licence and reuse',
  'about.licence':
    'Our summaries, figures and data are published under the {licenceLink}: you may copy, adapt and republish ' +
    'them, also commercially, if you credit {site} and link the entry. The original reports belong to their ' +
    "publishers; follow each entry's link to read them. The site's code is under the MIT licence. Each article page " +
    'has a ready-made citation of our entry and of the original report.',
  'about.licenceName': 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  'about.corrections.heading': 'Reporting a correction',
  'about.corrections':
    'If a summary, a date, a figure or an attribution is wrong, or a link no longer works, please tell us by ' +
    'writing to {emailLink} (every article and country page has a "Report an error" link that fills in the page\'s ' +
    'address), giving the address of the page on this site, what is wrong and, where you can, a source that shows ' +
    "it. Corrections are made in the article's file, shown on the article page, and listed on the " +
    '{correctionsLink}.',
  'about.correctionsLink': 'corrections page',

  // The search page (src/pages/search.astro, src/components/search.ts; SEARCH_SORTS, SEARCH_FILTERS).
  'search.title': 'Search',
  'search.description': 'Search every article summary, with filters for country, topic, outlet and language.',
  'search.heading': 'Search',
  'search.noscript':
    'Search runs in your browser and needs JavaScript. Without it, browse {byCountryLink}, {byTopicLink} or ' +
    '{bySourceLink}.',
  'search.byCountry': 'by country',
  'search.byTopic': 'by topic',
  'search.bySource': 'by source',
  'search.pageFormLabel': 'Articles, with order and filters',
  'search.order': 'Order',
  'search.sort.best': 'Best match',
  'search.sort.newest': 'Newest report first',
  'search.sort.oldest': 'Oldest report first',
  'search.filter.country': 'Country',
  'search.filter.topic': 'Topic',
  'search.filter.outlet': 'Source',
  'search.filter.language': 'Language',
  'search.filter.any': 'Any',
  'search.firstShown': '{results}, the first {count} shown',

  // The page of a missing address (src/pages/404.astro).
  'error.notFound.title': 'Page not found',
  'error.notFound.description': 'This page does not exist. Find articles by country, by search or from the home page.',
  'error.notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'error.notFound.home': 'Home page',
  'error.notFound.articles': 'All articles',
  'error.notFound.countries': 'Articles by country',
  'error.notFound.search': 'Search',

  // An article's page (src/pages/articles/[slug].astro) and its source block and tags (SourceBlock, TagLinks).
  'article.kicker': 'Summary of a report by {outlet}',
  'article.added': 'Added {date}',
  'article.updated': 'Updated {date}',
  'article.corrected': 'Corrected',
  'article.englishSummaryNote': 'This summary is in English.',
  'article.summary.heading': 'Our summary',
  'article.figures.heading': 'Figures reported',
  'article.figures.caption': 'Figures in this report, with who stated them and when',
  'article.filed.heading': 'Filed under',
  'article.corrections.heading': 'Corrections',
  'article.corrections.all': 'Every correction on this site',
  'article.cite.heading': 'Cite',
  'article.cite.entry': 'This entry',
  'article.cite.original': 'The original report',
  'article.others.heading': 'Other coverage of this story',
  'article.others.meta': '({outlet}, {date})',
  'article.source.heading': 'Original source',
  'article.source.outlet': 'Outlet',
  'article.source.author': 'Written by',
  'article.source.headline': 'Headline',
  'article.source.noHeadline': 'Original headline not recorded',
  'article.source.published': 'Published',
  'article.source.printedAs': '(printed as {original})',
  'article.source.dateBasis': 'How we dated it',
  'article.source.notBefore': 'not before {date}',
  'article.source.language': 'Language',
  'article.source.read': 'Read the original at {outlet}',
  'article.source.archived': 'Archived copy',
  'article.source.copies': 'Also published by',
  'article.source.outletProfile': 'outlet profile',
  'tags.countries': 'Countries',
  'tags.none': 'Foreign recruits in general',
  'tags.topics': 'Topics',
  'tags.story': 'Story',
} as const;

/** A count's wording: one string per plural category (`other` always; the rest as the locale's rules need). */
export type PluralMessage = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** A key of the catalogue. */
export type MessageKey = keyof typeof en;

/** A key whose wording depends on a count (`plural`), and one that does not (`translate`). */
export type PluralKey = { [K in MessageKey]: (typeof en)[K] extends string ? never : K }[MessageKey];
export type TextKey = Exclude<MessageKey, PluralKey>;

/** A locale's catalogue: every key English has, a string where English has one, a count's wording where it has one. */
export type Messages = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
