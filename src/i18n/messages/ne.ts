/** Nepali (ne, Devanagari) interface strings: the catalogue of ./en.ts, key for key. */
import type { Messages } from './en.ts';

export const ne: Messages = {
  'site.description':
    'रुसले विदेशी नागरिकहरूलाई आफ्नो सेनामा कसरी भर्ती गर्छ भन्ने विषयमा प्रकाशित समाचारहरूको छानिएको सूची: कसलाई ' +
    'भर्ती गरिन्छ, कहाँबाट, कसरी, उनीहरूलाई के हुन्छ र उनीहरूका सरकारहरूले के गर्छन्।',
  'site.title': '{title} · {site}',
  'site.ogImageAlt': '{site}: रुसी सेनामा भर्ती गरिएका विदेशी नागरिकहरूबारे समाचार',
  'feed.rss': '{name} (RSS)',
  'feed.json': '{name} (JSON Feed)',
  'feed.locale.title': '{site} ({language})',
  'feed.locale.description': '{site} मा थपिएका नयाँ प्रविष्टिहरू, {language} सारांश भएका ठाउँमा सोही भाषामा।',
  'feed.item.original': '(मूल समाचार: {outlet}, {published}।)',
  'feed.item.published': '{date} मा प्रकाशित',
  'feed.item.dateUnknown': 'प्रकाशन मिति थाहा छैन',
  'layout.skipLink': 'मुख्य सामग्रीमा जानुहोस्',
  'nav.label': 'मुख्य',
  'nav.articles': 'लेखहरू',
  'nav.countries': 'देशहरू',
  'nav.figures': 'तथ्याङ्क',
  'nav.sources': 'स्रोतहरू',
  'nav.topics': 'विषयहरू',
  'nav.stories': 'घटनाक्रमहरू',
  'nav.about': 'हाम्रोबारे',
  'search.formLabel': 'साइट',
  'search.inputLabel': 'लेखहरू खोज्नुहोस्',
  'search.placeholder': 'खोज्नुहोस्',
  'search.submit': 'खोज्नुहोस्',
  'footer.summary': '{site} ले प्रकाशित समाचारहरूको सार आफ्नै शब्दमा दिन्छ; हरेक प्रविष्टिले मूल स्रोतको लिङ्क दिन्छ।',
  'footer.aboutLink': 'हाम्रोबारे, विधि र सच्याइएका कुरा',
  'footer.feeds': 'फिडहरू',
  'footer.openData': 'खुला डेटा',
  'footer.corrections': 'सच्याइएका कुरा',
  'footer.licence': 'सार र डेटा: {licenceLink}। कोड: MIT। मूल समाचारहरू तिनका प्रकाशकका हुन्।',
  'footer.licenceLink': 'CC BY 4.0',
  'languageSwitcher.label': 'भाषा',
  'languageSwitcher.untranslated': 'यो पृष्ठ अझै {language} मा अनुवाद भएको छैन।',
  'date.unknown': 'मिति थाहा छैन',
  'date.unknownInline': 'मिति थाहा छैन',
  'date.notStated': 'उल्लेख छैन',
  'date.span': '{first} देखि {last} सम्म',
  'count.articles': {
    one: '{count} लेख',
    other: '{count} लेख',
  },
  'count.countries': {
    one: '{count} देश',
    other: '{count} देश',
  },
  'count.outlets': {
    one: '{count} सञ्चारमाध्यम',
    other: '{count} सञ्चारमाध्यम',
  },
  'count.stories': {
    one: '{count} घटनाक्रम',
    other: '{count} घटनाक्रम',
  },
  'count.reports': {
    one: '{count} समाचार',
    other: '{count} समाचार',
  },
  'count.figures': {
    one: '{count} तथ्याङ्क',
    other: '{count} तथ्याङ्क',
  },
  'count.claims': {
    one: '{count} दाबी',
    other: '{count} दाबी',
  },
  'count.claimants': {
    one: '{count} दाबीकर्ता',
    other: '{count} दाबीकर्ता',
  },
  'count.results': {
    one: '{count} नतिजा',
    other: '{count} नतिजा',
  },
  'count.datedClaims': {
    one: 'मिति भएको {count} दाबी',
    other: 'मिति भएका {count} दाबी',
  },
  'count.undatedClaims': {
    one: 'मिति नभएको {count} दाबी',
    other: 'मिति नभएका {count} दाबी',
  },
  'pagination.label': 'पृष्ठहरू',
  'pagination.newer': '← नयाँ',
  'pagination.older': 'पुराना →',
  'pagination.previous': '← अघिल्लो',
  'pagination.next': 'अर्को →',
  'pagination.pageOf': 'पृष्ठ {page} / {pages}',
  'pagination.suffix': ' (पृष्ठ {page} / {pages})',
  'report.error': 'यो पृष्ठमा गल्ती भए जानकारी दिनुहोस्',
  'card.headlinePlaceholder': 'शीर्षक',
  'card.outletPlaceholder': 'सञ्चारमाध्यम',
  'card.originalAt': 'मूल समाचार: {outlet}',
  'card.theOutlet': 'सञ्चारमाध्यम',
  'card.opensSource': '(स्रोतको साइट खुल्छ)',
  'filter.label': 'देशअनुसार छान्नुहोस्',
  'filter.hint': 'कुनै देशका सबै लेख हेर्न त्यो देश छान्नुहोस्।',
  'filter.placeholder': 'सूची छोट्याउन टाइप गर्नुहोस्',
  'filter.narrowLabel': 'देशहरूको सूची छोट्याउनुहोस्',
  'filter.resultsHeading': 'यीबारेका लेख: {countries}',
  'filter.showMore': 'थप {count} देखाउनुहोस् ({total} मध्ये {shown} देखाइएको)',
  'filter.or': ' वा ',
  'list.separator': ', ',
  'map.countryLabel': '{country}: {articles}',
  'map.caption':
    'हाम्रो सङ्कलनमा नागरिक परेका देशहरू, लेखको सङ्ख्याअनुसार रङ लगाइएको (गाढा रङ भनेको धेरै)। कुनै देशको पृष्ठ ' +
    'खोल्न त्यो देश छान्नुहोस्; तालिकामा पनि यही डेटा छ।',
  'map.tooSmall': 'यो नापमा देखाउन धेरै साना: {countries}।',
  'measure.recruited': 'भर्ती गरिएका',
  'measure.deployed': 'मोर्चामा पठाइएका',
  'measure.killed': 'मारिएका',
  'measure.wounded': 'घाइते',
  'measure.captured': 'बन्दी बनाइएका',
  'measure.missing': 'बेपत्ता',
  'measure.returned': 'फर्किएका',
  'measure.remains-returned': 'शव फर्काइएका',
  'measure.discharged': 'सेवाबाट मुक्त',
  'measure.detained': 'हिरासतमा लिइएका',
  'measure.convicted': 'दोषी ठहर',
  'measure.payment': 'भुक्तानी',
  'measure.sentence': 'सजाय',
  'measure.other': 'अन्य',
  'measureDefinition.recruited':
    'रुसी सेवामा भर्ती, सम्झौतामा हस्ताक्षर वा समावेश गरिएका मानिस, जागिरको झूटो प्रस्तावले फसाइएकाहरू समेत।',
  'measureDefinition.deployed': 'मोर्चा वा युद्धक्षेत्रमा पठाइएका मानिस, भर्ती मात्र गरिएकाहरूभन्दा अलग।',
  'measureDefinition.killed': 'सेवामा रहँदा वा लड्न पठाइएपछि मृत्यु भएको भनिएका मानिस।',
  'measureDefinition.wounded': 'सेवामा रहँदा घाइते भएको भनिएका मानिस।',
  'measureDefinition.captured': 'बन्दी बनाइएका मानिस, प्रायः सधैँ युक्रेनद्वारा।',
  'measureDefinition.missing': 'अवस्था थाहा नभएका मानिस: सम्पर्कविहीन, वा परिवार वा सरकारले बेपत्ता भनेका।',
  'measureDefinition.returned':
    'घर ल्याइएका वा पठाइएका जीवित मानिस: रिहा गरिएका, उद्धार गरिएका, स्वदेश फिर्ता गरिएका वा भागेका।',
  'measureDefinition.remains-returned': 'मृतकका शव वा अवशेष, जुन उनीहरूको देशमा फर्काइयो।',
  'measureDefinition.discharged': 'रुसमै रहँदा सम्झौता वा सेवाबाट मुक्त गरिएका मानिस।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.detained':
    'भर्तीको विषयमा आफ्नै वा अर्को देशको सरकारले पक्राउ गरेका वा हिरासतमा राखेका मानिस (भर्ती गराउने वा भर्ती ' +
    'भएका)।',
  'measureDefinition.convicted': 'भर्तीको विषयमा वा रुसका लागि लडेकोमा अदालतले दोषी ठहर गरेका मानिस।',
  'measureDefinition.payment': 'दिइएको वा वाचा गरिएको रकम: बोनस, तलब, क्षतिपूर्ति (एकाइसहित, जस्तै "प्रति महिना USD")।',
  'measureDefinition.sentence': 'सुनाइएको जेल सजाय वा अन्य दण्डको अवधि (एकाइसहित, जस्तै "वर्ष")।',
  'measureDefinition.other': 'समाचारमा उल्लेख भएको अन्य कुनै सङ्ख्या, तथ्याङ्कको आफ्नै शब्दमा वर्णन गरिएको।',
  'basis.official': 'आधिकारिक',
  'basis.estimate': 'अनुमान',
  'basis.documented-minimum': 'प्रमाणित न्यूनतम',
  'basis.unverified': 'पुष्टि नभएको',
  'basis.unknown': 'आधार थाहा छैन',
  'basisDefinition.official': 'आधिकारिक गणना: सरकार, मन्त्रालय वा आधिकारिक निकायले भनेको।',
  'basisDefinition.estimate': 'अनुसन्धानकर्ता, पत्रकार, गुप्तचर निकाय वा अधिकारीको अनुमान, गणना होइन।',
  'basisDefinition.documented-minimum':
    'प्रमाणित न्यूनतम: नामसहित वा एक-एक गरी पुष्टि गरिएका मानिस, Mediazona र BBC Russian ले गन्ने तरिकाजस्तै।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'basisDefinition.unverified':
    'पुष्टि नभएको दाबी: भर्ती गराउने व्यक्ति, नाम नखुलाइएको स्रोत, परिवार वा सामाजिक सञ्जालको पोस्ट।',
  'basisDefinition.unknown': 'यो सङ्ख्या कसरी निकालियो भनेर समाचारले भन्दैन।',
  'span.total': 'हालसम्मको कुल',
  'span.period': 'एउटा अवधिको गणना',
  'span.unknown': 'अवधि थाहा छैन',
  'side.russia': 'रुसको पक्ष',
  'side.ukraine': 'युक्रेनको पक्ष',
  'side.both': 'दुवै पक्ष मिलाएर',
  'side.unknown': 'पक्ष थाहा छैन',
  'figure.atLeast': 'कम्तीमा {value}',
  'figure.atMost': 'बढीमा {value}',
  'figure.range': '{low}–{high}',
  'figure.claimBy': '{claimant}, {date} ({basis})',
  'figures.col.figure': 'तथ्याङ्क',
  'figures.col.measure': 'मापन',
  'figures.col.what': 'के',
  'figures.col.country': 'देश',
  'figures.col.claimedBy': 'दाबी गर्ने',
  'figures.col.asOf': 'मितिसम्म',
  'figures.col.reportedIn': 'प्रकाशित समाचार',
  'figures.severalGlobal': 'धेरै देश / विश्वव्यापी',
  'keyFigures.heading': 'मुख्य तथ्याङ्क',
  'keyFigures.intro':
    'रुसको पक्षमा रहेका {name} का नागरिकहरूको हालसम्मको कुल सङ्ख्या, दाबी गरिएअनुसार: हरेक मापनको मिति भएको ' +
    'सबैभन्दा पछिल्लो दाबी र, कुनै दाबी त्योभन्दा बढी भए (मिति भएको वा नभएको), दर्ता भएको सबैभन्दा ठूलो दाबी; ' +
    'त्यस्ता सबै दाबीको दायरा, मिति भएका वा नभएका; र ती दाबी कति जना दाबीकर्ताले गरे। एउटा अवधिका गणना, दुवै पक्ष ' +
    'वा युक्रेनको पक्षका तथ्याङ्क र अन्य एकाइ यहाँ समावेश छैनन्; ती तलको तथ्याङ्क अभिलेखमा छन्। तथ्याङ्क ' +
    'दाबीकर्ताका हुन्, हामीले पुष्टि गरेका होइनौँ, र तिनका आधार फरक छन् ({howToReadLink}; {allCountriesLink})।',
  'keyFigures.howToRead': 'यिनलाई कसरी पढ्ने',
  'keyFigures.allCountries': 'सबै देशको तुलना',
  'keyFigures.caption': '{name} का मुख्य तथ्याङ्क',
  'keyFigures.subject': '{name} का नागरिक',
  'keyFigures.col.measure': 'मापन',
  'keyFigures.col.latest': 'सबैभन्दा पछिल्लो दाबी',
  'keyFigures.col.range': 'दाबीहरूको दायरा',
  'keyFigures.col.claims': 'दाबीहरू',
  'keyFigures.claimsBy': '{claimants} का {claims}',
  'keyFigures.highestHeld': 'दर्ता भएको सबैभन्दा ठूलो दाबी:',
  'keyFigures.differ': '{measure}, दाबीहरू फरक छन्:',
  'keyFigures.differPair': '{first} र {second}।',
  'keyFigures.differClaim': '{value} ({claimant}, {date})',
  'keyFigures.noClaim': 'दाबी छैन',
  'chart.caption': '{measure}: {subject}, समयसँगै दाबी गरिएका कुल सङ्ख्या',
  'chart.captionFull': '{caption} ({shown}{undated})। हरेक चिन्ह एउटा दाबी हो; त्यसको समाचार खोल्न चिन्ह छान्नुहोस्।',
  'chart.shownSome': 'मिति भएका {total} दाबीमध्ये सबैभन्दा पछिल्ला {shown}',
  'chart.undatedSome': 'मिति नभएका {total} दाबीमध्ये सबैभन्दा ठूला {shown}',
  'chart.undatedListed': '; {undated} तल सूचीमा',
  'chart.legendLabel': 'चिन्हका आकार',
  'chart.markTitle': '{value}: {claim}',
  'chart.tableCaption': 'चार्टमा देखाइएका दाबी, नयाँ पहिले',
  'chart.col.asOf': 'मितिसम्म',
  'chart.col.claim': 'दाबी',
  'chart.col.claimedBy': 'दाबी गर्ने',
  'chart.col.basis': 'आधार',
  'chart.undatedIntro': 'मिति नभएका दाबी, समय-अक्षमा नराखिएका ({undated}, ठूला पहिले):',
  'method.heading': 'विधिबारे टिप्पणी',
  'method.claimed':
    'हरेक तथ्याङ्क उल्लिखित व्यक्ति वा निकायले दिइएको मितिमा दाबी गरेअनुसार हो; हामी यसलाई दर्ता गर्छौँ, पुष्टि ' +
    'गर्दैनौँ। एउटै देशका दाबीहरू प्रायः मेल खाँदैनन्।',
  'method.comparable':
    'यहाँ तुलना गर्न मिल्ने दाबी मात्र गनिन्छन्: आफ्नो मितिसम्मको कुल सङ्ख्या (एउटा अवधिको गणना होइन, जस्तै ' +
    '"डिसेम्बरमा १५०"), रुसको पक्षका मानिसहरूको (युक्रेनको पक्ष वा दुवै पक्ष मिलाएको होइन), मानिसको सङ्ख्यामा। ' +
    'बाँकी सबै हरेक देशको तथ्याङ्क अभिलेख र खुला डेटामा रहन्छ।',
  'method.latest':
    'सबैभन्दा पछिल्लो दाबी भनेको सबैभन्दा पछिको मिति भएको दाबी हो; महिना वा वर्ष मात्र थाहा भएको मितिलाई त्यो ' +
    'महिना वा वर्षको बीच मानिन्छ। {months} महिनाभन्दा कम फरकका दुई दाबी आधाभन्दा बढीले फरक परे (ठूलो दाबी सानोको ' +
    '{ratio} गुणाभन्दा बढी भए), देशको पृष्ठले त्यो देखाउँछ।',
  'method.highest':
    'मिति थाहा नभएको समाचारमा मिति भएको सबैभन्दा पछिल्लो सङ्ख्याभन्दा ठूलो सङ्ख्या हुन सक्छ। त्यसैले सबैभन्दा ' +
    'पछिल्लो दाबीसँगै हामी दर्ता भएको सबैभन्दा ठूलो दाबी पनि दिन्छौँ, मिति भएको वा नभएको (दायरालाई माथिल्लो सीमाले ' +
    'गनिन्छ), त्यसको दाबीकर्ता र मिति वा "मिति थाहा छैन" सहित, जब त्यो ठूलो हुन्छ। दाबीहरूको दायराले सबै दाबी ' +
    'समेट्छ, मिति भएका वा नभएका। चार्टहरूले समय-अक्षमा मिति भएका दाबी मात्र राख्छन्; अरू चार्टमुनि ठूलोदेखि सानोको ' +
    'क्रममा सूचीमा हुन्छन्।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'method.bases':
    'आधारहरू फरक हुन्छन्, र प्रमाणित न्यूनतम अनुमान होइन: उस्तै-उस्तैको मात्र तुलना गर्नुहोस्। हरेक दाबीको आधार ' +
    'यीमध्ये एउटा हुन्छ:',
  'method.measures': 'तुलना गरिएका मापन:',
  'method.data':
    'यिनै मुख्य तथ्याङ्क {keyFiguresJsonLink} मा छन्; हरेक तथ्याङ्क, आधार, अवधि र पक्षसहित, {figuresCsvLink} र ' +
    '{figuresJsonLink} मा छ।',
  'home.intro':
    'हरेक प्रविष्टि एउटा प्रकाशित समाचारको हाम्रो आफ्नै छोटो सार हो, मूल समाचारको प्रस्ट लिङ्क, त्यसमा उल्लिखित ' +
    'तथ्याङ्क र ती कसले दाबी गरे भन्ने जानकारीसहित।',
  'home.statsLabel': 'मुख्य सङ्ख्या',
  'home.browseLabel': 'हेर्नुहोस्',
  'home.byCountry': 'देशअनुसार',
  'home.keyFigures': 'मुख्य तथ्याङ्क',
  'home.bySource': 'स्रोतअनुसार',
  'home.byTopic': 'विषयअनुसार',
  'home.byStory': 'घटनाक्रमअनुसार',
  'home.filterLink': 'सबै लेखलाई एक वा धेरै देशअनुसार छान्नुहोस् →',
  'home.latest.heading': 'पछिल्ला समाचार',
  'home.latest.note': 'मूल समाचार प्रकाशित भएको मितिअनुसार।',
  'home.allArticles': 'सबै लेख ({articles}) →',
  'home.added.heading': 'भर्खर थपिएका',
  'home.added.note': 'यहाँ प्रविष्टि थपिएको मितिअनुसार।',
  'home.added.feedLink': 'नयाँ प्रविष्टि फिडबाट पाउनुहोस्',
  'home.added.meta': '({outlet}, {published}; {added} मा थपिएको)',
  'countries.title': 'देशहरू',
  'countries.description': 'हाम्रो सङ्कलनमा नागरिक परेका {count} देश, लेख र सञ्चारमाध्यमको सङ्ख्यासहित।',
  'countries.intro': 'हामीले सार लेखेका समाचारसँग सम्बन्धित राष्ट्रियता, सबैभन्दा धेरै समेटिएका पहिले।',
  'countries.caption': 'लेखको सङ्ख्याअनुसार देशहरू',
  'countries.col.country': 'देश',
  'countries.col.articles': 'लेख',
  'countries.col.outlets': 'सञ्चारमाध्यम',
  'countries.col.latest': 'पछिल्लो समाचार',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'country.description':
    'रुसी सेनामा भर्ती गरिएका {name} का नागरिकबारे समाचार: {articles}, तथ्याङ्क र ती कसले प्रकाशित गरे।',
  'country.fromOutlets': ', {outlets} बाट',
  'country.rssLink': '{name} को RSS फिड',
  'country.figuresLink': 'देशअनुसार मुख्य तथ्याङ्क',
  'country.stories.heading': 'घटनाक्रमहरू',
  'country.stories.all': '{name} बारेका सबै {count} घटनाक्रम, नयाँ पहिले →',
  'country.articles.heading': 'लेखहरू',
  'country.ledger.heading': 'तथ्याङ्क अभिलेख',
  'country.ledger.intro':
    '{name} बारे प्रकाशित हरेक तथ्याङ्क, सबैभन्दा पुरानो दाबीदेखि, ताकि बाझिने दाबीहरू सँगसँगै देखिऊन्। हरेक ' +
    'तथ्याङ्क दाबीकर्ताले भनेअनुसार हो, हामीले पुष्टि गरेका होइनौँ।',
  'country.ledger.caption': '{name} बारे प्रकाशित तथ्याङ्क',
  'country.ledger.captionCut': '{name} बारे प्रकाशित {count} तथ्याङ्कमध्ये पहिला {shown}',
  'country.ledger.all': '{name} बारे प्रकाशित सबै {count} तथ्याङ्क, प्रति पृष्ठ {size} →',
  'country.coverage.heading': 'कसले समाचार लेख्यो',
  'country.coverage.intro': 'सबैभन्दा धेरै समाचार भएका पहिले, हरेक सञ्चारमाध्यमका {name} बारेका समाचारको सङ्ख्यासहित।',
  'country.coverage.based': '{name} मा रहेका सञ्चारमाध्यम',
  'country.coverage.elsewhere': 'अन्यत्रका सञ्चारमाध्यम',
  'country.coverage.none': 'हाम्रो सङ्कलनमा कुनै छैन।',
  'country.coverage.all': '{name} बारे समाचार लेख्ने सबै {count} सञ्चारमाध्यम →',
  'timeline.caption': '{name} बारेका मासिक लेख, {span} (सबैभन्दा धेरै: एक महिनामा {max})।',
  'timeline.undated': {
    one: 'महिना थाहा नभएको {count} लेख देखाइएको छैन।',
    other: 'महिना थाहा नभएका {count} लेख देखाइएका छैनन्।',
  },
  'countryFigures.title': '{name} बारे प्रकाशित तथ्याङ्क',
  'countryFigures.description':
    '{name} का नागरिकबारे प्रकाशित हरेक तथ्याङ्क, सबैभन्दा पुरानो दाबीदेखि: {figures}, हरेक दाबीकर्ताले भनेअनुसार।',
  'countryFigures.intro':
    '{countryLink} बारे प्रकाशित हरेक तथ्याङ्क, सबैभन्दा पुरानो दाबीदेखि, ताकि बाझिने दाबीहरू सँगसँगै देखिऊन्: ' +
    '{figures}। हरेक तथ्याङ्क दाबीकर्ताले भनेअनुसार हो, हामीले पुष्टि गरेका होइनौँ।',
  'countrySources.title': '{name} बारे समाचार लेख्ने सञ्चारमाध्यम',
  'countrySources.description':
    '{name} का नागरिकबारे समाचार भएका हरेक सञ्चारमाध्यम, सबैभन्दा धेरै समाचार भएका पहिले: {outlets}।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'countrySources.intro':
    '{countryLink} बारे समाचार भएका हरेक सञ्चारमाध्यम, सबैभन्दा धेरै समाचार भएका पहिले: {outlets}।',
  'countrySources.caption': '{name} बारेका समाचारको सङ्ख्याअनुसार सञ्चारमाध्यम',
  'countrySources.col.outlet': 'सञ्चारमाध्यम',
  'countrySources.col.basedIn': 'कहाँ रहेको',
  'countrySources.col.reports': '{name} बारेका समाचार',
  'countryStories.title': '{name} बारेका घटनाक्रम',
  'countryStories.description': '{name} का नागरिकबारे समाचार भएका हरेक घटनाक्रम, नयाँ पहिले: {stories}।',
  'countryStories.intro': '{countryLink} बारे समाचार भएका हरेक घटनाक्रम, नयाँ पहिले: {stories}।',
  'countryStories.reports': '{name} बारे {reports}',
  'figures.title': 'देशअनुसार मुख्य तथ्याङ्क',
  'figures.description':
    'हरेक देशको हालसम्मको कुल सङ्ख्याको सबैभन्दा पछिल्लो दाबी: भर्ती गरिएका, मारिएका, बन्दी बनाइएका र फर्किएका, ' +
    'कसले, कहिले र कुन आधारमा दाबी गर्‍यो भन्नेसहित।',
  'figures.intro':
    'हरेक देशका लागि, रुसको पक्षमा रहेका त्यस देशका नागरिकमध्ये भर्ती गरिएका, मारिएका, बन्दी बनाइएका वा फर्किएकाको ' +
    'हालसम्मको कुल सङ्ख्याको सबैभन्दा पछिल्लो दाबी, कसले, कहिले र कुन आधारमा दाबी गर्‍यो भन्नेसहित, र त्यससँगै ' +
    'दर्ता भएको सबैभन्दा ठूलो दाबी, त्यो बढी भए, मिति भएको वा नभएको। हरेक सङ्ख्याले त्यो आएको समाचारको लिङ्क ' +
    'दिन्छ। यी दाबीकर्ताका तथ्याङ्क हुन्, हामीले पुष्टि गरेका होइनौँ: तुलना गर्नुअघि {methodLink} पढ्नुहोस्।',
  'figures.methodLink': 'विधिबारे टिप्पणी',
  'figures.byCountry.heading': 'देशअनुसार',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'figures.byCountry.caption':
    'हरेक देश र मापनको हालसम्मको कुल सङ्ख्याको सबैभन्दा पछिल्लो दाबी, र बढी भए सबैभन्दा ठूलो दाबी',
  'figures.compare.col.country': 'देश',
  'figures.others': 'अन्य मापनको मात्र कुल सङ्ख्या (जस्तै मोर्चामा पठाइएका वा बेपत्ता): {countries}।',
  'figures.global.heading': 'विश्वव्यापी र क्षेत्रीय दाबी',
  'figures.global.intro':
    'कुनै एउटा देशको नाम नलिने तथ्याङ्क: समग्रमा, वा अफ्रिका वा मध्य एसियाजस्ता क्षेत्रमा भर्ती गरिएका, मारिएका वा ' +
    'बन्दी बनाइएका विदेशी। हरेक दाबीको आफ्नै विवरणले त्यसले के समेट्छ भन्छ, ताकि क्षेत्रीय गणनालाई विश्वव्यापी ' +
    'नठानियोस्। चार्टहरूले मुख्य मापनका दाबी समयसँगै कसरी बदलिए भनेर देखाउँछन्।',
  'figures.global.caption': 'समग्र र क्षेत्रअनुसार विदेशीहरूका मुख्य तथ्याङ्क',
  'figures.global.subject': 'समग्र र क्षेत्रअनुसार विदेशी',
  'about.title': 'हाम्रोबारे',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'about.description':
    '{site} मा के समावेश छ, तथ्याङ्क कसरी दर्ता गरिन्छ र कसको भनाइ हो भनेर देखाइन्छ, र गल्ती सच्याउन कसरी जानकारी ' +
    'दिने।',
  'about.heading': '{site} बारे',
  'about.intro':
    '{site} ले रुसले विदेशी नागरिकलाई आफ्नो सेनामा कसरी भर्ती गर्छ भन्ने प्रकाशित समाचार पछ्याउँछ: कसलाई र कुन ' +
    'देशबाट भर्ती गरिन्छ, कुन माध्यमबाट, उनीहरूलाई के हुन्छ, र उनीहरूका सरकारहरूले के गर्छन्। यो पत्रकार, ' +
    'अनुसन्धानकर्ता, केस वर्कर, कूटनीतिज्ञ र भर्ती भएकाहरूका परिवारका लागि बनाइएको हो।',
  'about.included.heading': 'के समावेश छ, र किन',
  'about.included':
    'हामी २०२२ देखि रुसी सशस्त्र बल वा त्यसका सहायक दलमा भर्ती गरिएका, वा भर्तीको निसानामा परेका, विदेशी ' +
    'नागरिकबारे सञ्चारमाध्यम, सरकार, अन्तर्राष्ट्रिय संस्था र अनुसन्धानकर्ताका समाचार र प्रतिवेदन समावेश गर्छौँ। ' +
    'हरेक प्रविष्टि एउटा प्रकाशित समाचारबारे हुन्छ। हामी सबै पक्षका समाचार समावेश गर्छौँ, रुस र युक्रेनका ' +
    'सञ्चारमाध्यम र सरकारी सञ्चारमाध्यमसमेत, र पाठकले मूल्याङ्कन गर्न सकून् भनेर हरेक सञ्चारमाध्यमको परिचय त्यसको ' +
    'स्रोत पृष्ठमा दिन्छौँ। एउटै घटनाबारे धेरै सञ्चारमाध्यमका समाचारलाई घटनाक्रममा समूहबद्ध गरिन्छ।',
  'about.summaries.heading': 'हाम्रा सार, र मूल समाचार',
  'about.summaries':
    'हरेक सार हाम्रै शब्दमा लेखिएको हो। हामी लेखहरू पुनः प्रकाशित गर्दैनौँ; बढीमा उद्धरण चिह्नभित्र र कसको भनाइ हो ' +
    'खुलाएर एउटा छोटो वाक्यांश मात्र दिइन्छ। हरेक प्रविष्टिले मूल समाचारको लिङ्क प्रस्टसँग दिन्छ, सञ्चारमाध्यम, ' +
    'मूल भाषामा मूल शीर्षक, हामीलाई थाहा भएजति सटीक मिति र भाषासहित। मिति वा शीर्षक थाहा नभए हामी अड्कल गर्नुको ' +
    'सट्टा त्यही भन्छौँ।',
  'about.figures.heading': 'तथ्याङ्क कसरी दर्ता गरिन्छ',
  'about.figures':
    'समाचारमा भएका सङ्ख्या (भर्ती, मृत्यु, बन्दी, भुक्तानी, सजाय) तथ्याङ्कका रूपमा दर्ता गरिन्छन्। हरेक तथ्याङ्कमा ' +
    'त्यो कसले भन्यो (दाबीकर्ता) र कहिले भनियो वा कुन मितिमा लागू हुन्छ ("मितिसम्म") भन्ने रहन्छ। तथ्याङ्क कहिल्यै ' +
    'हाम्रो हुँदैन: त्यो दाबीकर्ताको हो, र दाबीकर्ताहरू प्रायः असहमत हुन्छन्। देशका पृष्ठहरूले त्यस देशका सबै ' +
    'तथ्याङ्क सबैभन्दा पुरानोदेखि देखाउँछन्, ताकि बाझिने दाबीहरू सँगसँगै देखिऊन्।',
  'about.measures.heading': 'हरेक मापनले के गन्छ',
  'about.bases.heading': 'यो कस्तो सङ्ख्या हो',
  'about.bases':
    'हरेक तथ्याङ्कले आफ्नो आधार, त्यो हालसम्मको कुल हो वा एउटा अवधिको गणना, र कसका मानिस गन्छ (रुसको पक्ष, ' +
    'युक्रेनको पक्ष, वा दुवै मिलाएर) भन्ने पनि दर्ता गर्छ। रुसको पक्षका मानिसहरूका एउटै प्रकारका कुल सङ्ख्याबीच ' +
    'मात्र तुलना गरिन्छ।',
  'about.keyFigures':
    '{keyFiguresLink} ले रुसको पक्षका मानिसहरूको हालसम्मको कुल सङ्ख्याको मात्र तुलना गर्छ, र लगभग एउटै मितिका ' +
    'दाबीहरू कहाँ फरक छन् भनेर देखाउँछ। हरेकमा मिति भएको सबैभन्दा पछिल्लो दाबी र त्यससँगै, बढी भए, दर्ता भएको ' +
    'सबैभन्दा ठूलो दाबी हुन्छ, मिति नभए पनि, त्यसको दाबीकर्ता र मिति वा "मिति थाहा छैन" सहित ({methodLink})।',
  'about.keyFiguresLink': 'मुख्य तथ्याङ्क',
  'about.methodLink': 'विधिबारे टिप्पणी',
  'about.data.heading': 'खुला डेटा',
  'about.data':
    'हरेक लेखको मेटाडेटा {articlesJsonLink} मा उपलब्ध छ, तथ्याङ्क अभिलेख {figuresCsvLink} र {figuresJsonLink} मा, ' +
    'र हरेक देशका मुख्य तथ्याङ्क {keyFiguresJsonLink} मा। हरेक तथ्याङ्कको स्थायी पहिचान (लेखको स्लग र तथ्याङ्कको ' +
    'क्रम), हाम्रो लेखको URL र मूल स्रोतको URL हुन्छ। फिड: {rssLink} र {jsonFeedLink}, र हरेक देशको एउटा RSS फिड।',
  'about.licence.heading': 'इजाजतपत्र र पुनः प्रयोग',
  'about.licence':
    'हाम्रा सार, तथ्याङ्क र डेटा {licenceLink} अन्तर्गत प्रकाशित छन्: {site} लाई श्रेय दिएर र प्रविष्टिको लिङ्क ' +
    'दिएर तपाईं यिनलाई प्रतिलिपि गर्न, परिमार्जन गर्न र पुनः प्रकाशित गर्न सक्नुहुन्छ, व्यावसायिक रूपमा पनि। मूल ' +
    'समाचार तिनका प्रकाशकका हुन्; पढ्न हरेक प्रविष्टिको लिङ्क खोल्नुहोस्। साइटको कोड MIT इजाजतपत्रअन्तर्गत छ। हरेक ' +
    'लेखको पृष्ठमा हाम्रो प्रविष्टि र मूल समाचारको तयारी उद्धरण छ।',
  'about.licenceName': 'क्रिएटिभ कमन्स एट्रिब्युसन ४.० अन्तर्राष्ट्रिय (CC BY 4.0)',
  'about.corrections.heading': 'गल्ती सच्याउन जानकारी दिने',
  'about.corrections':
    'कुनै सार, मिति, तथ्याङ्क वा कसको भनाइ भन्ने कुरा गलत छ, वा कुनै लिङ्कले काम गर्दैन भने, कृपया {emailLink} मा ' +
    'लेख्नुहोस् (हरेक लेख र देशको पृष्ठमा पृष्ठको ठेगाना आफैँ भर्ने "गल्ती भए जानकारी दिनुहोस्" लिङ्क छ), यो ' +
    'साइटको पृष्ठको ठेगाना, के गलत छ र, सकेसम्म, त्यो देखाउने स्रोत उल्लेख गरेर। सच्याइएका कुरा लेखको फाइलमा ' +
    'गरिन्छन्, लेखको पृष्ठमा देखाइन्छन् र {correctionsLink} मा सूचीबद्ध हुन्छन्।',
  'about.correctionsLink': 'सच्याइएका कुराको पृष्ठ',
  'search.title': 'खोज',
  'search.description': 'सबै लेखका सारमा खोज्नुहोस्, देश, विषय, सञ्चारमाध्यम र भाषाका फिल्टरसहित।',
  'search.heading': 'खोज',
  'search.noscript':
    'खोज तपाईंको ब्राउजरमा चल्छ र यसका लागि JavaScript चाहिन्छ। यसबिना {byCountryLink}, {byTopicLink} वा ' +
    '{bySourceLink} हेर्नुहोस्।',
  'search.byCountry': 'देशअनुसार',
  'search.byTopic': 'विषयअनुसार',
  'search.bySource': 'स्रोतअनुसार',
  'search.pageFormLabel': 'लेख, क्रम र फिल्टरसहित',
  'search.order': 'क्रम',
  'search.sort.best': 'सबैभन्दा मिल्दो',
  'search.sort.newest': 'नयाँ समाचार पहिले',
  'search.sort.oldest': 'पुराना समाचार पहिले',
  'search.filter.country': 'देश',
  'search.filter.topic': 'विषय',
  'search.filter.outlet': 'स्रोत',
  'search.filter.language': 'भाषा',
  'search.filter.any': 'जुनसुकै',
  'search.firstShown': '{results}, पहिला {count} देखाइएका',
  'error.notFound.title': 'पृष्ठ भेटिएन',
  'error.notFound.description': 'यो पृष्ठ छैन। देशअनुसार, खोजबाट वा गृहपृष्ठबाट लेख खोज्नुहोस्।',
  'error.notFound.text': 'यो ठेगानामा कुनै पृष्ठ छैन। यो सरेको हुन सक्छ, वा लिङ्क गलत टाइप भएको हुन सक्छ।',
  'error.notFound.home': 'गृहपृष्ठ',
  'error.notFound.articles': 'सबै लेख',
  'error.notFound.countries': 'देशअनुसार लेख',
  'error.notFound.search': 'खोज',
  'article.kicker': '{outlet} को एउटा समाचारको सार',
  'article.added': '{date} मा थपिएको',
  'article.updated': '{date} मा अद्यावधिक गरिएको',
  'article.corrected': 'सच्याइएको',
  'article.englishSummaryNote': 'यो सार अङ्ग्रेजीमा छ।',
  'article.summary.heading': 'हाम्रो सार',
  'article.figures.heading': 'समाचारमा आएका तथ्याङ्क',
  'article.figures.caption': 'यो समाचारका तथ्याङ्क, कसले र कहिले भने भन्नेसहित',
  'article.filed.heading': 'वर्गीकरण',
  'article.corrections.heading': 'सच्याइएका कुरा',
  'article.corrections.all': 'यो साइटमा सच्याइएका सबै कुरा',
  'article.cite.heading': 'उद्धरण',
  'article.cite.entry': 'यो प्रविष्टि',
  'article.cite.original': 'मूल समाचार',
  'article.others.heading': 'यो घटनाक्रमका अन्य समाचार',
  'article.others.meta': '({outlet}, {date})',
  'article.source.heading': 'मूल स्रोत',
  'article.source.outlet': 'सञ्चारमाध्यम',
  'article.source.author': 'लेखक',
  'article.source.headline': 'शीर्षक',
  'article.source.noHeadline': 'मूल शीर्षक दर्ता गरिएको छैन',
  'article.source.published': 'प्रकाशित',
  'article.source.printedAs': '(पृष्ठमा: {original})',
  'article.source.dateBasis': 'मिति कसरी निर्धारण गरियो',
  'article.source.notBefore': '{date} भन्दा अघि होइन',
  'article.source.language': 'भाषा',
  'article.source.read': 'मूल समाचार {outlet} मा पढ्नुहोस्',
  'article.source.archived': 'सङ्ग्रह गरिएको प्रति',
  'article.source.copies': 'यिनले पनि प्रकाशित गरे',
  'article.source.outletProfile': 'सञ्चारमाध्यमको परिचय',
  'tags.countries': 'देशहरू',
  'tags.none': 'सामान्य रूपमा विदेशी भर्ती',
  'tags.topics': 'विषयहरू',
  'tags.story': 'घटनाक्रम',
};
