/** Arabic (ar, Modern Standard Arabic, right to left) interface strings: the catalogue of ./en.ts, key for key. */
import type { Messages } from './en.ts';

export const ar: Messages = {
  'site.description':
    'فهرس مختار للتقارير المنشورة عن كيفية تجنيد روسيا لمواطنين أجانب في جيشها: من يُجنَّد، ومن أين، وكيف، وما ' +
    'مصيرهم، وكيف تتعامل حكوماتهم مع ذلك.',
  'site.title': '{title} · {site}',
  'site.ogImageAlt': '{site}: تقارير عن الأجانب المجنَّدين في الجيش الروسي',
  'feed.rss': '{name} (RSS)',
  'feed.json': '{name} (JSON Feed)',
  'layout.skipLink': 'انتقل إلى المحتوى',
  'nav.label': 'القائمة الرئيسية',
  'nav.articles': 'المقالات',
  'nav.countries': 'البلدان',
  'nav.figures': 'الأرقام',
  'nav.sources': 'المصادر',
  'nav.topics': 'الموضوعات',
  'nav.stories': 'القصص',
  'nav.about': 'عن الموقع',
  'search.formLabel': 'الموقع',
  'search.inputLabel': 'ابحث في المقالات',
  'search.placeholder': 'بحث',
  'search.submit': 'بحث',
  'footer.summary': 'يلخّص {site} التقارير المنشورة بكلماته الخاصة، ويحيل كل بند إلى مصدره الأصلي.',
  'footer.aboutLink': 'عن الموقع والمنهجية والتصحيحات',
  'footer.feeds': 'الخلاصات',
  'footer.openData': 'البيانات المفتوحة',
  'footer.corrections': 'التصحيحات',
  'footer.licence': 'الملخصات والبيانات: {licenceLink}. الشيفرة البرمجية: MIT. التقارير الأصلية ملك لناشريها.',
  'footer.licenceLink': 'CC BY 4.0',
  'languageSwitcher.label': 'اللغة',
  'languageSwitcher.untranslated': 'لم تُترجم هذه الصفحة بعد إلى {language}.',
  'date.unknown': 'التاريخ غير معروف',
  'date.unknownInline': 'التاريخ غير معروف',
  'date.notStated': 'غير مذكور',
  'date.span': 'من {first} إلى {last}',
  'count.articles': {
    zero: 'لا مقالات',
    one: 'مقال واحد',
    two: 'مقالان',
    few: '{count} مقالات',
    many: '{count} مقالًا',
    other: '{count} مقال',
  },
  'count.countries': {
    zero: 'لا بلدان',
    one: 'بلد واحد',
    two: 'بلدان اثنان',
    few: '{count} بلدان',
    many: '{count} بلدًا',
    other: '{count} بلد',
  },
  'count.outlets': {
    zero: 'لا وسائل إعلام',
    one: 'وسيلة إعلام واحدة',
    two: 'وسيلتا إعلام',
    few: '{count} وسائل إعلام',
    many: '{count} وسيلة إعلام',
    other: '{count} وسيلة إعلام',
  },
  'count.stories': {
    zero: 'لا قصص',
    one: 'قصة واحدة',
    two: 'قصتان',
    few: '{count} قصص',
    many: '{count} قصة',
    other: '{count} قصة',
  },
  'count.reports': {
    zero: 'لا تقارير',
    one: 'تقرير واحد',
    two: 'تقريران',
    few: '{count} تقارير',
    many: '{count} تقريرًا',
    other: '{count} تقرير',
  },
  'count.figures': {
    zero: 'لا أرقام',
    one: 'رقم واحد',
    two: 'رقمان',
    few: '{count} أرقام',
    many: '{count} رقمًا',
    other: '{count} رقم',
  },
  'count.claims': {
    zero: 'لا ادعاءات',
    one: 'ادعاء واحد',
    two: 'ادعاءان',
    few: '{count} ادعاءات',
    many: '{count} ادعاءً',
    other: '{count} ادعاء',
  },
  'count.claimants': {
    zero: 'لا جهات',
    one: 'جهة واحدة',
    two: 'جهتان',
    few: '{count} جهات',
    many: '{count} جهة',
    other: '{count} جهة',
  },
  'count.results': {
    zero: 'لا نتائج',
    one: 'نتيجة واحدة',
    two: 'نتيجتان',
    few: '{count} نتائج',
    many: '{count} نتيجة',
    other: '{count} نتيجة',
  },
  'count.datedClaims': {
    zero: 'لا ادعاءات مؤرخة',
    one: 'ادعاء واحد مؤرخ',
    two: 'ادعاءان مؤرخان',
    few: '{count} ادعاءات مؤرخة',
    many: '{count} ادعاءً مؤرخًا',
    other: '{count} ادعاء مؤرخ',
  },
  'count.undatedClaims': {
    zero: 'لا ادعاءات غير مؤرخة',
    one: 'ادعاء واحد غير مؤرخ',
    two: 'ادعاءان غير مؤرخين',
    few: '{count} ادعاءات غير مؤرخة',
    many: '{count} ادعاءً غير مؤرخ',
    other: '{count} ادعاء غير مؤرخ',
  },
  'pagination.label': 'الصفحات',
  'pagination.newer': '→ الأحدث',
  'pagination.older': 'الأقدم ←',
  'pagination.previous': '→ السابق',
  'pagination.next': 'التالي ←',
  'pagination.pageOf': 'الصفحة {page} من {pages}',
  'pagination.suffix': ' (الصفحة {page} من {pages})',
  'report.error': 'أبلغ عن خطأ في هذه الصفحة',
  'card.headlinePlaceholder': 'العنوان',
  'card.outletPlaceholder': 'الوسيلة الإعلامية',
  'card.originalAt': 'الأصل لدى {outlet}',
  'card.theOutlet': 'الوسيلة الإعلامية',
  'card.opensSource': '(يفتح موقع المصدر)',
  'filter.label': 'تصفية حسب البلد',
  'filter.hint': 'اختر بلدًا لعرض جميع مقالاته.',
  'filter.placeholder': 'اكتب لتضييق القائمة',
  'filter.narrowLabel': 'ضيّق قائمة البلدان',
  'filter.resultsHeading': 'مقالات عن {countries}',
  'filter.showMore': 'اعرض {count} أخرى (المعروض {shown} من {total})',
  'map.countryLabel': '{country}: {articles}',
  'map.caption':
    'البلدان التي يرد مواطنوها في تغطيتنا، مظلَّلة حسب عدد المقالات (الأغمق يعني أكثر). اختر بلدًا لفتح صفحته؛ ' +
    'ويعرض الجدول البيانات نفسها.',
  'map.tooSmall': 'أصغر من أن تُرسم بهذا المقياس: {countries}.',
  'measure.recruited': 'مجنَّدون',
  'measure.deployed': 'أُرسلوا إلى الجبهة',
  'measure.killed': 'قتلى',
  'measure.wounded': 'جرحى',
  'measure.captured': 'أسرى',
  'measure.missing': 'مفقودون',
  'measure.returned': 'عائدون',
  'measure.remains-returned': 'رفات أُعيدت',
  'measure.discharged': 'مُسرَّحون',
  'measure.detained': 'محتجزون',
  'measure.convicted': 'مدانون',
  'measure.payment': 'مدفوعات',
  'measure.sentence': 'أحكام',
  'measure.other': 'أخرى',
  'measureDefinition.recruited':
    'أشخاص وقّعوا عقودًا أو جُنّدوا أو أُدخلوا في الخدمة الروسية، ومنهم من استُدرجوا بعروض عمل كاذبة.',
  'measureDefinition.deployed': 'أشخاص أُرسلوا إلى الجبهة أو إلى منطقة قتال، تمييزًا لهم عمّن جُنّدوا فقط.',
  'measureDefinition.killed': 'أشخاص أُفيد بوفاتهم أثناء الخدمة أو بعد إرسالهم إلى القتال.',
  'measureDefinition.wounded': 'أشخاص أُفيد بإصابتهم أثناء الخدمة.',
  'measureDefinition.captured': 'أشخاص وقعوا في الأسر، وفي أغلب الأحيان لدى أوكرانيا.',
  'measureDefinition.missing':
    'أشخاص مصيرهم مجهول: انقطع الاتصال بهم، أو أدرجتهم عائلاتهم أو حكوماتهم في عداد المفقودين.',
  'measureDefinition.returned':
    'أشخاص أحياء أُعيدوا أو أُرسلوا إلى بلدانهم: أُفرج عنهم أو أُجلوا أو أُعيدوا إلى أوطانهم أو فرّوا.',
  'measureDefinition.remains-returned': 'جثث القتلى أو رفاتهم التي أُعيدت إلى بلدانهم.',
  'measureDefinition.discharged': 'أشخاص أُعفوا من عقودهم أو من الخدمة وهم ما زالوا في روسيا.',
  'measureDefinition.detained': 'أشخاص اعتقلتهم أو احتجزتهم حكومتهم أو حكومة أخرى بسبب التجنيد (مجنِّدون أو مجنَّدون).',
  'measureDefinition.convicted': 'أشخاص أدانتهم محكمة بسبب التجنيد أو القتال في صفوف روسيا.',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.payment':
    'أموال دُفعت أو وُعد بها: مكافآت ورواتب وتعويضات (مع الوحدة، مثل «دولار أمريكي شهريًا»).',
  'measureDefinition.sentence': 'مدة حكم بالسجن أو عقوبة أخرى صدرت (مع الوحدة، مثل «سنوات»).',
  'measureDefinition.other': 'أي رقم آخر يذكره التقرير، موصوفًا بكلمات الرقم نفسه.',
  'basis.official': 'رسمي',
  'basis.estimate': 'تقدير',
  'basis.documented-minimum': 'حدّ أدنى موثَّق',
  'basis.unverified': 'غير متحقَّق منه',
  'basis.unknown': 'الأساس غير معروف',
  'basisDefinition.official': 'إحصاء رسمي: تعلنه حكومة أو وزارة أو جهة رسمية.',
  'basisDefinition.estimate': 'تقدير من باحث أو صحفي أو جهاز استخبارات أو مسؤول، وليس إحصاءً.',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'basisDefinition.documented-minimum':
    'حدّ أدنى موثَّق: أشخاص معروفون بأسمائهم أو جرى التحقق منهم فردًا فردًا، كما تحصي «ميديازونا» وبي بي سي ' +
    'الروسية.',
  'basisDefinition.unverified':
    'ادعاء غير متحقَّق منه: مجنِّد، أو مصدر مجهول، أو عائلة، أو منشور على وسائل التواصل الاجتماعي.',
  'basisDefinition.unknown': 'لا يذكر التقرير كيف توصّل إلى الرقم.',
  'span.total': 'إجمالي تراكمي',
  'span.period': 'عدد لفترة واحدة',
  'span.unknown': 'المدة غير معروفة',
  'side.russia': 'الجانب الروسي',
  'side.ukraine': 'الجانب الأوكراني',
  'side.both': 'الجانبان معًا',
  'side.unknown': 'الجانب غير معروف',
  'figure.atLeast': '{value} على الأقل',
  'figure.atMost': '{value} على الأكثر',
  'figure.range': '{low}–{high}',
  'figure.claimBy': '{claimant}، {date} ({basis})',
  'figures.col.figure': 'الرقم',
  'figures.col.measure': 'المقياس',
  'figures.col.what': 'ماذا يعدّ',
  'figures.col.country': 'البلد',
  'figures.col.claimedBy': 'صاحب الادعاء',
  'figures.col.asOf': 'بتاريخ',
  'figures.col.reportedIn': 'ورد في',
  'figures.severalGlobal': 'عدة بلدان / عالمي',
  'keyFigures.heading': 'الأرقام الرئيسية',
  'keyFigures.intro':
    'الإجماليات التراكمية لمواطني {name} في الجانب الروسي كما وردت في الادعاءات: أحدث ادعاء مؤرخ لكل مقياس، وإلى ' +
    'جانبه أعلى ادعاء مسجَّل إن كان أعلى (مؤرخًا أو لا)؛ ونطاق جميع هذه الادعاءات، مؤرخة أو لا؛ وعدد الجهات التي ' +
    'أصدرتها. لا تُدرج هنا الأعداد الخاصة بفترة واحدة، ولا أرقام الجانبين معًا أو الجانب الأوكراني، ولا الوحدات ' +
    'الأخرى؛ فهي في سجل الأرقام أدناه. الأرقام لأصحابها، ولم نتحقق منها، وأسسها مختلفة ({howToReadLink}؛ ' +
    '{allCountriesLink}).',
  'keyFigures.howToRead': 'كيف تُقرأ',
  'keyFigures.allCountries': 'مقارنة جميع البلدان',
  'keyFigures.caption': 'الأرقام الرئيسية: {name}',
  'keyFigures.subject': 'مواطنو {name}',
  'keyFigures.col.measure': 'المقياس',
  'keyFigures.col.latest': 'أحدث ادعاء',
  'keyFigures.col.range': 'نطاق الادعاءات',
  'keyFigures.col.claims': 'الادعاءات',
  'keyFigures.claimsBy': '{claims} من {claimants}',
  'keyFigures.highestHeld': 'أعلى ادعاء مسجَّل:',
  'keyFigures.differ': '{measure}، الادعاءات متباينة:',
  'keyFigures.differPair': '{first} و{second}.',
  'keyFigures.differClaim': '{value} ({claimant}، {date})',
  'keyFigures.noClaim': 'لا ادعاء',
  'chart.caption': '{measure}: {subject}، الإجماليات التراكمية كما ادُّعيت عبر الزمن',
  'chart.captionFull': '{caption} ({shown}{undated}). كل علامة ادعاء واحد؛ اخترها لفتح تقريرها.',
  'chart.shownSome': 'أحدث {shown} من أصل {total} ادعاءً مؤرخًا',
  'chart.undatedSome': 'أعلى {shown} من أصل {total} ادعاءً غير مؤرخ',
  'chart.undatedListed': '؛ و{undated} مدرجة أدناه',
  'chart.legendLabel': 'أشكال العلامات',
  'chart.markTitle': '{value}: {claim}',
  'chart.tableCaption': 'الادعاءات المعروضة في الرسم البياني، الأحدث أولًا',
  'chart.col.asOf': 'بتاريخ',
  'chart.col.claim': 'الادعاء',
  'chart.col.claimedBy': 'صاحب الادعاء',
  'chart.col.basis': 'الأساس',
  'chart.undatedIntro': 'ادعاءات غير مؤرخة، غير موضوعة على محور الزمن ({undated}، الأعلى أولًا):',
  'method.heading': 'ملاحظة حول المنهجية',
  'method.claimed':
    'كل رقم هو كما ادّعاه الشخص أو الجهة المذكورة في التاريخ المذكور؛ نحن نسجّله ولا نتحقق منه. وكثيرًا ما تتعارض ' +
    'الادعاءات الخاصة بالبلد نفسه.',
  'method.comparable':
    'لا تُحتسب هنا إلا الادعاءات القابلة للمقارنة: إجماليات تراكمية حتى تاريخها (لا أعداد لفترة واحدة، مثل «150 في ' +
    'ديسمبر»)، لأشخاص في الجانب الروسي (لا أرقام للجانب الأوكراني أو للجانبين معًا)، محسوبة بعدد الأشخاص. أما كل ' +
    'ما عدا ذلك فيبقى في سجل أرقام كل بلد وفي البيانات المفتوحة.',
  'method.latest':
    'أحدث ادعاء هو صاحب التاريخ الأحدث؛ والتاريخ المعروف بالشهر أو السنة فقط يُحتسب منتصفَ ذلك الشهر أو تلك السنة. ' +
    'وإذا اختلف ادعاءان يفصل بينهما أقل من {months} أشهر بأكثر من النصف (أي كان الأعلى أكبر من الأدنى بأكثر من ' +
    '{ratio} مرة)، تنبّه صفحة البلد إلى ذلك.',
  'method.highest':
    'قد يتضمن تقرير لا نعرف تاريخه رقمًا أعلى من أحدث رقم مؤرخ. لذلك نورد إلى جانب أحدث ادعاء أعلى ادعاء مسجَّل، ' +
    'مؤرخًا أو لا (ويُحتسب النطاق بحدّه الأعلى)، مع صاحبه وتاريخه أو عبارة «التاريخ غير معروف»، كلما كان أعلى. ' +
    'ويشمل نطاق الادعاءات جميع الادعاءات، مؤرخة أو لا. ولا تضع الرسوم البيانية على محور الزمن إلا الادعاءات ' +
    'المؤرخة؛ أما غير المؤرخة فتُدرج تحت الرسم، الأعلى أولًا.',
  'method.bases': 'الأسس مختلفة، والحدّ الأدنى الموثَّق ليس تقديرًا: قارن بين المتشابهات. أساس كل ادعاء واحد مما يلي:',
  'method.measures': 'المقاييس المقارنة:',
  'method.data':
    'الأرقام الرئيسية نفسها موجودة في {keyFiguresJsonLink}؛ وكل رقم، مع أساسه ومدته وجانبه، موجود في ' +
    '{figuresCsvLink} و{figuresJsonLink}.',
  'home.intro':
    'كل بند ملخص قصير كتبناه بأنفسنا لتقرير منشور واحد، مع رابط بارز إلى الأصل، والأرقام التي يوردها، ومن ادّعاها.',
  'home.statsLabel': 'أعداد رئيسية',
  'home.browseLabel': 'تصفّح',
  'home.byCountry': 'حسب البلد',
  'home.keyFigures': 'الأرقام الرئيسية',
  'home.bySource': 'حسب المصدر',
  'home.byTopic': 'حسب الموضوع',
  'home.byStory': 'حسب القصة',
  'home.filterLink': 'صفِّ جميع المقالات حسب بلد واحد أو أكثر ←',
  'home.latest.heading': 'أحدث التقارير',
  'home.latest.note': 'حسب تاريخ نشر الأصل.',
  'home.allArticles': 'جميع المقالات ({articles}) ←',
  'home.added.heading': 'أضيفت مؤخرًا',
  'home.added.note': 'حسب تاريخ إضافة البند هنا.',
  'home.added.feedLink': 'تابع البنود الجديدة عبر الخلاصات',
  'home.added.meta': '({outlet}، {published}؛ أضيف في {added})',
  'countries.title': 'البلدان',
  'countries.description': 'البلدان التي يرد مواطنوها في تغطيتنا (وعددها {count})، مع عدد المقالات والوسائل الإعلامية.',
  'countries.intro': 'الجنسيات التي تتناولها التقارير التي نلخّصها، الأكثر تغطية أولًا.',
  'countries.caption': 'البلدان حسب عدد المقالات',
  'countries.col.country': 'البلد',
  'countries.col.articles': 'المقالات',
  'countries.col.outlets': 'الوسائل الإعلامية',
  'countries.col.latest': 'أحدث تقرير',
  'country.description': 'تقارير عن مواطني {name} المجنَّدين في الجيش الروسي: {articles}، والأرقام، ومن نشرها.',
  'country.fromOutlets': '، من {outlets}',
  'country.rssLink': 'خلاصة RSS: {name}',
  'country.figuresLink': 'الأرقام الرئيسية حسب البلد',
  'country.stories.heading': 'القصص',
  'country.stories.all': 'جميع القصص عن {name} ({count})، الأحدث أولًا ←',
  'country.articles.heading': 'المقالات',
  'country.ledger.heading': 'سجل الأرقام',
  'country.ledger.intro':
    'كل رقم نُشر عن {name}، بدءًا بأقدم ادعاء، حتى تظهر الادعاءات المتعارضة جنبًا إلى جنب. كل رقم كما ذكره صاحبه، ' +
    'ولم نتحقق منه.',
  'country.ledger.caption': 'الأرقام المنشورة عن {name}',
  'country.ledger.captionCut': 'أول {shown} من أصل {count} رقمًا منشورًا عن {name}',
  'country.ledger.all': 'جميع الأرقام المنشورة عن {name} ({count})، {size} في كل صفحة ←',
  'country.coverage.heading': 'من غطّى ذلك',
  'country.coverage.intro': 'الأكثر تقارير أولًا، مع عدد تقارير كل وسيلة إعلامية عن {name}.',
  'country.coverage.based': 'وسائل إعلام مقرها {name}',
  'country.coverage.elsewhere': 'وسائل إعلام في أماكن أخرى',
  'country.coverage.none': 'لا شيء في تغطيتنا.',
  'country.coverage.all': 'جميع الوسائل الإعلامية التي نشرت عن {name} ({count}) ←',
  'timeline.caption': 'المقالات عن {name} شهريًا، {span} (الأعلى: {max} في شهر واحد).',
  'timeline.undated': {
    zero: 'لا مقالات بلا شهر معروف.',
    one: 'مقال واحد بلا شهر معروف غير معروض.',
    two: 'مقالان بلا شهر معروف غير معروضين.',
    few: '{count} مقالات بلا شهر معروف غير معروضة.',
    many: '{count} مقالًا بلا شهر معروف غير معروضة.',
    other: '{count} مقال بلا شهر معروف غير معروضة.',
  },
  'countryFigures.title': 'الأرقام المنشورة عن {name}',
  'countryFigures.description': 'كل رقم نُشر عن مواطني {name}، بدءًا بأقدم ادعاء: {figures}، كلٌّ كما ذكره صاحبه.',
  'countryFigures.intro':
    'كل رقم نُشر عن {countryLink}، بدءًا بأقدم ادعاء، حتى تظهر الادعاءات المتعارضة جنبًا إلى جنب: {figures}. كل ' +
    'رقم كما ذكره صاحبه، ولم نتحقق منه.',
  'countrySources.title': 'وسائل الإعلام التي نشرت عن {name}',
  'countrySources.description': 'كل وسيلة إعلامية لها تقرير عن مواطني {name}، الأكثر تقارير أولًا: {outlets}.',
  'countrySources.intro': 'كل وسيلة إعلامية لها تقرير عن {countryLink}، الأكثر تقارير أولًا: {outlets}.',
  'countrySources.caption': 'وسائل الإعلام حسب عدد تقاريرها عن {name}',
  'countrySources.col.outlet': 'الوسيلة الإعلامية',
  'countrySources.col.basedIn': 'مقرها',
  'countrySources.col.reports': 'التقارير عن {name}',
  'countryStories.title': 'قصص عن {name}',
  'countryStories.description': 'كل قصة فيها تقرير عن مواطني {name}، الأحدث أولًا: {stories}.',
  'countryStories.intro': 'كل قصة فيها تقرير عن {countryLink}، الأحدث أولًا: {stories}.',
  'countryStories.reports': '{reports} عن {name}',
  'figures.title': 'الأرقام الرئيسية حسب البلد',
  'figures.description':
    'أحدث ادعاء لإجمالي تراكمي في كل بلد: المجنَّدون والقتلى والأسرى والعائدون، مع صاحب الادعاء وتاريخه وأساسه.',
  'figures.intro':
    'لكل بلد، أحدث ادعاء لإجمالي تراكمي من مواطنيه في الجانب الروسي ممن جُنّدوا أو قُتلوا أو أُسروا أو عادوا، مع ' +
    'صاحب الادعاء وتاريخه وأساسه، وإلى جانبه أعلى ادعاء مسجَّل إن كان أعلى، مؤرخًا أو لا. كل رقم يحيل إلى التقرير ' +
    'الذي ورد فيه. هذه أرقام أصحابها، ولم نتحقق منها: اقرأ {methodLink} قبل المقارنة بينها.',
  'figures.methodLink': 'ملاحظة المنهجية',
  'figures.byCountry.heading': 'حسب البلد',
  'figures.byCountry.caption': 'أحدث ادعاء لإجمالي تراكمي لكل بلد ومقياس، والأعلى إن كان أعلى',
  'figures.compare.col.country': 'البلد',
  'figures.others': 'إجماليات تراكمية لمقاييس أخرى فقط (مثل من أُرسلوا إلى الجبهة أو المفقودين): {countries}.',
  'figures.global.heading': 'ادعاءات عالمية وإقليمية',
  'figures.global.intro':
    'أرقام لا تخص بلدًا بعينه: الأجانب المجنَّدون أو القتلى أو الأسرى إجمالًا، أو في منطقة مثل أفريقيا أو آسيا ' +
    'الوسطى. ويبيّن وصف كل ادعاء ما يشمله، حتى لا يُحسب رقم إقليمي رقمًا عالميًا. وتُظهر الرسوم البيانية كيف ' +
    'تغيّرت الادعاءات الخاصة بالمقاييس الرئيسية مع الوقت.',
  'figures.global.caption': 'الأرقام الرئيسية للأجانب إجمالًا وحسب المنطقة',
  'figures.global.subject': 'الأجانب إجمالًا وحسب المنطقة',
  'about.title': 'عن الموقع',
  'about.description': 'ما يشمله {site}، وكيف تُسجَّل الأرقام وتُنسب إلى أصحابها، وكيف تبلّغ عن تصحيح.',
  'about.heading': 'عن {site}',
  'about.intro':
    'يتابع {site} التقارير المنشورة عن كيفية تجنيد روسيا لمواطنين أجانب في جيشها: من يُجنَّد ومن أي بلدان، وعبر أي ' +
    'قنوات، وما مصيرهم، وكيف تتعامل حكوماتهم مع ذلك. وهو موجّه إلى الصحفيين والباحثين والعاملين في متابعة الحالات ' +
    'والدبلوماسيين وعائلات المجنَّدين.',
  'about.included.heading': 'ما الذي يشمله الموقع، ولماذا',
  'about.included':
    'نُدرج تقارير وسائل الإعلام والحكومات والمنظمات الدولية والباحثين التي تتناول مواطنين أجانب جُنّدوا، أو ' +
    'استُهدفوا بالتجنيد، في القوات المسلحة الروسية أو القوات الرديفة لها منذ عام 2022. يتناول كل بند تقريرًا ' +
    'منشورًا واحدًا. ونُدرج تقارير من جميع الأطراف، بما فيها وسائل إعلام في روسيا وأوكرانيا ووسائل الإعلام ' +
    'الحكومية، ونصف كل وسيلة إعلامية في صفحة المصدر الخاصة بها ليتمكن القراء من تقييمها. وتُجمع تقارير عدة وسائل ' +
    'إعلام عن الحدث نفسه في قصص.',
  'about.summaries.heading': 'ملخصاتنا، والأصول',
  'about.summaries':
    'كل ملخص مكتوب بكلماتنا الخاصة. لا نعيد نشر المقالات؛ وأقصى ما نورده عبارة قصيرة بين علامتي تنصيص منسوبة إلى ' +
    'قائلها. ويحيل كل بند إلى التقرير الأصلي، معروضًا بشكل بارز مع الوسيلة الإعلامية، والعنوان الأصلي بلغته، ' +
    'والتاريخ بالدقة التي نعرفها، واللغة. وحين لا نعرف تاريخًا أو عنوانًا، نقول ذلك بدلًا من التخمين.',
  'about.figures.heading': 'كيف تُسجَّل الأرقام',
  'about.figures':
    'تُسجَّل الأعداد الواردة في التقارير (المجنَّدون، والوفيات، والأسرى، والمدفوعات، والأحكام) بوصفها أرقامًا. ' +
    'ويحتفظ كل رقم بمن ذكره (صاحب الادعاء) ومتى ذُكر أو إلى أي تاريخ يشير («بتاريخ»). الرقم ليس رقمنا أبدًا: إنه ' +
    'لصاحبه، وكثيرًا ما يختلف أصحاب الادعاءات. وتعرض صفحات البلدان كل رقم يخص البلد بدءًا بالأقدم، حتى تظهر ' +
    'الادعاءات المتعارضة جنبًا إلى جنب.',
  'about.measures.heading': 'ما يعدّه كل مقياس',
  'about.bases.heading': 'ما نوع الرقم',
  'about.bases':
    'يسجّل كل رقم أيضًا أساسه، وهل هو إجمالي تراكمي أم عدد لفترة واحدة، ومن يعدّ من الناس (الجانب الروسي أو ' +
    'الأوكراني أو الجانبين معًا). ولا يُقارن بعضها ببعض إلا الإجماليات التراكمية للأشخاص في الجانب الروسي، من ' +
    'النوع نفسه.',
  'about.keyFigures':
    'لا تقارن {keyFiguresLink} إلا الإجماليات التراكمية للأشخاص في الجانب الروسي، وتنبّه إلى المواضع التي تختلف ' +
    'فيها ادعاءات متقاربة التاريخ. ويعرض كل منها أحدث ادعاء مؤرخ، وإلى جانبه أعلى ادعاء مسجَّل إن كان أعلى، حتى لو ' +
    'كان غير مؤرخ، مع صاحبه وتاريخه أو عبارة «التاريخ غير معروف» ({methodLink}).',
  'about.keyFiguresLink': 'الأرقام الرئيسية',
  'about.methodLink': 'ملاحظة المنهجية',
  'about.data.heading': 'البيانات المفتوحة',
  'about.data':
    'البيانات الوصفية لكل مقال متاحة في {articlesJsonLink}، وسجل الأرقام في {figuresCsvLink} و{figuresJsonLink}، ' +
    'والأرقام الرئيسية لكل بلد في {keyFiguresJsonLink}. لكل رقم معرّف ثابت (الاسم المختصر للمقال وترتيب الرقم ' +
    'فيه)، ورابط مقالنا، ورابط المصدر الأصلي. الخلاصات: {rssLink} و{jsonFeedLink}، وخلاصة RSS لكل بلد.',
  'about.licence.heading': 'الترخيص وإعادة الاستخدام',
  'about.licence':
    'تُنشر ملخصاتنا وأرقامنا وبياناتنا بموجب {licenceLink}: يمكنك نسخها وتعديلها وإعادة نشرها، ولو لأغراض تجارية، ' +
    'بشرط ذكر {site} ووضع رابط إلى البند. التقارير الأصلية ملك لناشريها؛ اتبع رابط كل بند لقراءتها. وشيفرة الموقع ' +
    'مرخّصة بموجب ترخيص MIT. وفي صفحة كل مقال صيغة اقتباس جاهزة لبندنا وللتقرير الأصلي.',
  'about.licenceName': 'رخصة المشاع الإبداعي نَسب المُصنَّف 4.0 الدولية (CC BY 4.0)',
  'about.corrections.heading': 'الإبلاغ عن تصحيح',
  'about.corrections':
    'إذا كان ملخص أو تاريخ أو رقم أو نسبة إلى صاحبها خاطئة، أو لم يعد رابط يعمل، فأخبرنا بالكتابة إلى {emailLink} ' +
    '(في كل صفحة مقال وصفحة بلد رابط «أبلغ عن خطأ» يملأ عنوان الصفحة تلقائيًا)، مع ذكر عنوان الصفحة على هذا ' +
    'الموقع، وما الخطأ فيها، ومصدر يثبت ذلك إن أمكن. تُجرى التصحيحات في ملف المقال، وتُعرض في صفحة المقال، وتُدرج ' +
    'في {correctionsLink}.',
  'about.correctionsLink': 'صفحة التصحيحات',
  'search.title': 'البحث',
  'search.description': 'ابحث في جميع ملخصات المقالات، مع عوامل تصفية حسب البلد والموضوع والوسيلة الإعلامية واللغة.',
  'search.heading': 'البحث',
  'search.noscript':
    'يعمل البحث في متصفحك ويحتاج إلى JavaScript. ومن دونه، تصفّح {byCountryLink} أو {byTopicLink} أو ' +
    '{bySourceLink}.',
  'search.byCountry': 'حسب البلد',
  'search.byTopic': 'حسب الموضوع',
  'search.bySource': 'حسب المصدر',
  'search.pageFormLabel': 'المقالات، مع الترتيب وعوامل التصفية',
  'search.order': 'الترتيب',
  'search.sort.best': 'الأكثر صلة',
  'search.sort.newest': 'الأحدث نشرًا أولًا',
  'search.sort.oldest': 'الأقدم نشرًا أولًا',
  'search.filter.country': 'البلد',
  'search.filter.topic': 'الموضوع',
  'search.filter.outlet': 'المصدر',
  'search.filter.language': 'اللغة',
  'search.filter.any': 'الكل',
  'search.firstShown': '{results}، يُعرض أول {count} منها',
  'error.notFound.title': 'الصفحة غير موجودة',
  'error.notFound.description':
    'هذه الصفحة غير موجودة. ابحث عن المقالات حسب البلد، أو عبر البحث، أو من الصفحة الرئيسية.',
  'error.notFound.text': 'لا توجد صفحة بهذا العنوان. ربما نُقلت، أو أن في الرابط خطأً مطبعيًا.',
  'error.notFound.home': 'الصفحة الرئيسية',
  'error.notFound.articles': 'جميع المقالات',
  'error.notFound.countries': 'المقالات حسب البلد',
  'error.notFound.search': 'البحث',
  'article.kicker': 'ملخص تقرير نشرته {outlet}',
  'article.added': 'أضيف في {date}',
  'article.updated': 'حُدّث في {date}',
  'article.corrected': 'صُحّح',
  'article.englishSummaryNote': 'هذا الملخص باللغة الإنجليزية.',
  'article.summary.heading': 'ملخصنا',
  'article.figures.heading': 'الأرقام الواردة',
  'article.figures.caption': 'الأرقام الواردة في هذا التقرير، مع من ذكرها ومتى',
  'article.filed.heading': 'مصنّف ضمن',
  'article.corrections.heading': 'التصحيحات',
  'article.corrections.all': 'جميع التصحيحات على هذا الموقع',
  'article.cite.heading': 'الاقتباس',
  'article.cite.entry': 'هذا البند',
  'article.cite.original': 'التقرير الأصلي',
  'article.others.heading': 'تغطيات أخرى لهذه القصة',
  'article.others.meta': '({outlet}، {date})',
  'article.source.heading': 'المصدر الأصلي',
  'article.source.outlet': 'الوسيلة الإعلامية',
  'article.source.author': 'الكاتب',
  'article.source.headline': 'العنوان',
  'article.source.noHeadline': 'العنوان الأصلي غير مسجَّل',
  'article.source.published': 'تاريخ النشر',
  'article.source.language': 'اللغة',
  'article.source.read': 'اقرأ الأصل لدى {outlet}',
  'article.source.archived': 'نسخة مؤرشفة',
  'article.source.copies': 'نُشر أيضًا لدى',
  'article.source.outletProfile': 'صفحة الوسيلة الإعلامية',
  'tags.countries': 'البلدان',
  'tags.none': 'المجنَّدون الأجانب عمومًا',
  'tags.topics': 'الموضوعات',
  'tags.story': 'القصة',
};
