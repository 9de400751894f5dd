/** Hindi (hi, Devanagari) interface strings: the catalogue of ./en.ts, key for key. */
import type { Messages } from './en.ts';

export const hi: Messages = {
  'site.description':
    'रूस विदेशी नागरिकों को अपनी सेना में कैसे भर्ती करता है, इस पर प्रकाशित रिपोर्टों का चुना हुआ सूचकांक: किसे ' +
    'भर्ती किया जाता है, कहाँ से, कैसे, उनका क्या होता है और उनकी सरकारें क्या करती हैं।',
  'site.title': '{title} · {site}',
  'site.ogImageAlt': '{site}: रूस की सेना में भर्ती किए गए विदेशी नागरिकों पर रिपोर्टें',
  'feed.rss': '{name} (RSS)',
  'feed.json': '{name} (JSON Feed)',
  'feed.locale.title': '{site} ({language})',
  'feed.locale.description': '{site} पर हर नई प्रविष्टि, जहाँ उपलब्ध हो वहाँ {language} में हमारे सारांश के साथ।',
  'feed.item.original': '(मूल रिपोर्ट: {outlet}, {published}।)',
  'feed.item.published': '{date} को प्रकाशित',
  'feed.item.dateUnknown': 'प्रकाशन तिथि अज्ञात',
  'layout.skipLink': 'मुख्य सामग्री पर जाएँ',
  'nav.label': 'मुख्य',
  'nav.articles': 'लेख',
  'nav.countries': 'देश',
  'nav.figures': 'आँकड़े',
  'nav.sources': 'स्रोत',
  'nav.topics': 'विषय',
  'nav.stories': 'ख़बरों की कड़ियाँ',
  'nav.about': 'परिचय',
  'search.formLabel': 'साइट',
  'search.inputLabel': 'लेख खोजें',
  'search.placeholder': 'खोजें',
  'search.submit': 'खोजें',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'footer.summary':
    '{site} प्रकाशित रिपोर्टों का सार अपने शब्दों में देता है; हर प्रविष्टि अपने मूल स्रोत से जुड़ी है।',
  'footer.aboutLink': 'परिचय, तरीका और सुधार',
  'footer.feeds': 'फ़ीड',
  'footer.openData': 'खुला डेटा',
  'footer.corrections': 'सुधार',
  'footer.licence': 'सार और डेटा: {licenceLink}। कोड: MIT। मूल रिपोर्टें उनके प्रकाशकों की हैं।',
  'footer.licenceLink': 'CC BY 4.0',
  'languageSwitcher.label': 'भाषा',
  'languageSwitcher.untranslated': 'इस पेज का {language} में अनुवाद अभी नहीं हुआ है।',
  'date.unknown': 'तारीख़ अज्ञात',
  'date.unknownInline': 'तारीख़ अज्ञात',
  'date.notStated': 'नहीं बताई गई',
  'date.span': '{first} से {last} तक',
  'count.articles': {
    one: '{count} लेख',
    other: '{count} लेख',
  },
  'count.countries': {
    one: '{count} देश',
    other: '{count} देश',
  },
  'count.outlets': {
    one: '{count} मीडिया संस्थान',
    other: '{count} मीडिया संस्थान',
  },
  'count.stories': {
    one: '{count} ख़बर-कड़ी',
    other: '{count} ख़बर-कड़ियाँ',
  },
  'count.reports': {
    one: '{count} रिपोर्ट',
    other: '{count} रिपोर्टें',
  },
  'count.figures': {
    one: '{count} आँकड़ा',
    other: '{count} आँकड़े',
  },
  'count.claims': {
    one: '{count} दावा',
    other: '{count} दावे',
  },
  'count.claimants': {
    one: '{count} दावेदार',
    other: '{count} दावेदारों',
  },
  'count.results': {
    one: '{count} परिणाम',
    other: '{count} परिणाम',
  },
  'count.datedClaims': {
    one: 'तारीख़ वाला {count} दावा',
    other: 'तारीख़ वाले {count} दावे',
  },
  'count.undatedClaims': {
    one: 'बिना तारीख़ का {count} दावा',
    other: 'बिना तारीख़ के {count} दावे',
  },
  'pagination.label': 'पेज',
  'pagination.newer': '← नए',
  'pagination.older': 'पुराने →',
  'pagination.previous': '← पिछला',
  'pagination.next': 'अगला →',
  'pagination.pageOf': 'पेज {page} / {pages}',
  'pagination.suffix': ' (पेज {page} / {pages})',
  'report.error': 'इस पेज पर ग़लती की सूचना दें',
  'card.headlinePlaceholder': 'शीर्षक',
  'card.outletPlaceholder': 'मीडिया संस्थान',
  'card.originalAt': 'मूल रिपोर्ट: {outlet}',
  'card.theOutlet': 'मीडिया संस्थान',
  'card.opensSource': '(स्रोत की साइट खुलेगी)',
  'filter.label': 'देश के अनुसार छाँटें',
  'filter.hint': 'किसी देश के सभी लेख देखने के लिए उसे चुनें।',
  'filter.placeholder': 'सूची छोटी करने के लिए लिखें',
  'filter.narrowLabel': 'देशों की सूची छोटी करें',
  'filter.resultsHeading': 'इनके बारे में लेख: {countries}',
  'filter.showMore': '{count} और दिखाएँ ({total} में से {shown} दिख रहे हैं)',
  'filter.or': ' या ',
  'list.separator': ', ',
  'map.countryLabel': '{country}: {articles}',
  'map.caption':
    'वे देश जिनके नागरिक हमारी कवरेज में आते हैं, लेखों की संख्या के अनुसार रंगे गए (गहरा रंग यानी ज़्यादा लेख)। ' +
    'किसी देश का पेज खोलने के लिए उसे चुनें; तालिका में यही डेटा है।',
  'map.tooSmall': 'इस पैमाने पर दिखाने के लिए बहुत छोटे: {countries}।',
  'measure.recruited': 'भर्ती किए गए',
  'measure.deployed': 'मोर्चे पर भेजे गए',
  'measure.killed': 'मारे गए',
  'measure.wounded': 'घायल',
  'measure.captured': 'बंदी बनाए गए',
  'measure.missing': 'लापता',
  'measure.returned': 'लौटे',
  'measure.remains-returned': 'शव वापस लाए गए',
  'measure.discharged': 'सेवा से मुक्त',
  'measure.detained': 'हिरासत में लिए गए',
  'measure.convicted': 'दोषी ठहराए गए',
  'measure.payment': 'भुगतान',
  'measure.sentence': 'सज़ा',
  'measure.other': 'अन्य',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.recruited':
    'रूसी सेवा में भर्ती किए गए, अनुबंध पर लिए गए या शामिल किए गए लोग, जिनमें नौकरी के झूठे वादों से फँसाए गए लोग ' +
    'भी शामिल हैं।',
  'measureDefinition.deployed': 'मोर्चे या युद्ध क्षेत्र में भेजे गए लोग, उनसे अलग जिन्हें सिर्फ़ भर्ती किया गया।',
  'measureDefinition.killed': 'वे लोग जिनकी सेवा के दौरान या लड़ने भेजे जाने के बाद मौत की ख़बर है।',
  'measureDefinition.wounded': 'वे लोग जिनके सेवा के दौरान घायल होने की ख़बर है।',
  'measureDefinition.captured': 'बंदी बनाए गए लोग, लगभग हमेशा यूक्रेन द्वारा।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.missing':
    'वे लोग जिनका कुछ पता नहीं: संपर्क टूट गया है, या परिवार या सरकार ने उन्हें लापता बताया है।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.returned':
    'जीवित लोग जिन्हें घर लाया या भेजा गया: रिहा किए गए, निकाले गए, स्वदेश भेजे गए या भाग निकले।',
  'measureDefinition.remains-returned': 'मृतकों के शव या अवशेष जो उनके देश लाए गए।',
  'measureDefinition.discharged': 'वे लोग जिन्हें रूस में रहते हुए ही अनुबंध या सेवा से मुक्त कर दिया गया।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.detained':
    'भर्ती के मामले में अपनी या किसी दूसरी सरकार द्वारा गिरफ़्तार या हिरासत में लिए गए लोग (भर्ती करने वाले या ' +
    'भर्ती हुए लोग)।',
  'measureDefinition.convicted': 'भर्ती के मामले में या रूस की ओर से लड़ने के लिए अदालत द्वारा दोषी ठहराए गए लोग।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'measureDefinition.payment':
    'दिया गया या वादा किया गया पैसा: बोनस, वेतन, मुआवज़ा (इकाई के साथ, जैसे "USD प्रति माह")।',
  'measureDefinition.sentence': 'सुनाई गई जेल की सज़ा या अन्य दंड की अवधि (इकाई के साथ, जैसे "वर्ष")।',
  'measureDefinition.other': 'रिपोर्ट में दी गई कोई भी दूसरी संख्या, आँकड़े के अपने शब्दों में।',
  'basis.official': 'आधिकारिक',
  'basis.estimate': 'अनुमान',
  'basis.documented-minimum': 'प्रमाणित न्यूनतम',
  'basis.unverified': 'असत्यापित',
  'basis.unknown': 'आधार अज्ञात',
  'basisDefinition.official': 'आधिकारिक गिनती: कोई सरकार, मंत्रालय या आधिकारिक संस्था इसे बताती है।',
  'basisDefinition.estimate': 'किसी शोधकर्ता, पत्रकार, ख़ुफ़िया एजेंसी या अधिकारी का अनुमान, गिनती नहीं।',
  'basisDefinition.documented-minimum':
    'प्रमाणित न्यूनतम: नाम से पहचाने गए या एक-एक करके पुष्ट किए गए लोग, जैसे Mediazona और BBC Russian गिनते हैं।',
  'basisDefinition.unverified': 'असत्यापित दावा: कोई भर्ती एजेंट, गुमनाम स्रोत, परिवार या सोशल मीडिया पोस्ट।',
  'basisDefinition.unknown': 'रिपोर्ट यह नहीं बताती कि यह संख्या कैसे निकाली गई।',
  'span.total': 'अब तक का कुल',
  'span.period': 'एक अवधि की गिनती',
  'span.unknown': 'अवधि अज्ञात',
  'side.russia': 'रूस की ओर',
  'side.ukraine': 'यूक्रेन की ओर',
  'side.both': 'दोनों पक्ष मिलाकर',
  'side.unknown': 'पक्ष अज्ञात',
  'figure.atLeast': 'कम से कम {value}',
  'figure.atMost': 'अधिक से अधिक {value}',
  'figure.range': '{low}–{high}',
  'figure.claimBy': '{claimant}, {date} ({basis})',
  'figures.col.figure': 'आँकड़ा',
  'figures.col.measure': 'माप',
  'figures.col.what': 'क्या',
  'figures.col.country': 'देश',
  'figures.col.claimedBy': 'दावा किसका',
  'figures.col.asOf': 'किस तारीख़ तक',
  'figures.col.reportedIn': 'कहाँ छपा',
  'figures.severalGlobal': 'कई देश / वैश्विक',
  'keyFigures.heading': 'मुख्य आँकड़े',
  'keyFigures.intro':
    'रूस की ओर से जुड़े {name} के नागरिकों के अब तक के कुल आँकड़े, जैसा दावा किया गया: हर माप का सबसे हाल का ' +
    'तारीख़ वाला दावा और, अगर कोई दावा उससे ऊँचा है (तारीख़ वाला हो या नहीं), तो दर्ज सबसे ऊँचा दावा; ऐसे सभी ' +
    'दावों का दायरा, तारीख़ वाले हों या नहीं; और कितने दावेदारों ने ये दावे किए। एक अवधि की गिनतियाँ, दोनों पक्षों ' +
    'या यूक्रेन की ओर के आँकड़े और दूसरी इकाइयाँ यहाँ शामिल नहीं हैं; वे नीचे आँकड़ों के रजिस्टर में हैं। ये ' +
    'आँकड़े दावेदारों के हैं, हमने इनकी पुष्टि नहीं की है, और इनके आधार अलग-अलग हैं ({howToReadLink}; ' +
    '{allCountriesLink})।',
  'keyFigures.howToRead': 'इन्हें कैसे पढ़ें',
  'keyFigures.allCountries': 'सभी देशों की तुलना',
  'keyFigures.caption': '{name} के मुख्य आँकड़े',
  'keyFigures.subject': '{name} के नागरिक',
  'keyFigures.col.measure': 'माप',
  'keyFigures.col.latest': 'सबसे हाल का दावा',
  'keyFigures.col.range': 'दावों का दायरा',
  'keyFigures.col.claims': 'दावे',
  'keyFigures.claimsBy': '{claimants} के {claims}',
  'keyFigures.highestHeld': 'दर्ज सबसे ऊँचा दावा:',
  'keyFigures.differ': '{measure}, दावों में अंतर:',
  'keyFigures.differPair': '{first} और {second}।',
  'keyFigures.differClaim': '{value} ({claimant}, {date})',
  'keyFigures.noClaim': 'कोई दावा नहीं',
  'chart.caption': '{measure}: {subject}, समय के साथ दावा किए गए कुल आँकड़े',
  'chart.captionFull': '{caption} ({shown}{undated})। हर निशान एक दावा है; उसकी रिपोर्ट खोलने के लिए उसे चुनें।',
  'chart.shownSome': 'तारीख़ वाले {total} दावों में से सबसे हाल के {shown}',
  'chart.undatedSome': 'बिना तारीख़ के {total} दावों में से सबसे ऊँचे {shown}',
  'chart.undatedListed': '; {undated} नीचे दिए गए हैं',
  'chart.legendLabel': 'निशानों के आकार',
  'chart.markTitle': '{value}: {claim}',
  'chart.tableCaption': 'चार्ट में दिखाए गए दावे, नए पहले',
  'chart.col.asOf': 'किस तारीख़ तक',
  'chart.col.claim': 'दावा',
  'chart.col.claimedBy': 'दावा किसका',
  'chart.col.basis': 'आधार',
  'chart.undatedIntro': 'बिना तारीख़ के दावे, जो समय-अक्ष पर नहीं रखे गए ({undated}, ऊँचे पहले):',
  'method.heading': 'तरीके के बारे में',
  'method.claimed':
    'हर आँकड़ा वैसा ही है जैसा बताए गए व्यक्ति या संस्था ने दी गई तारीख़ पर दावा किया; हम उसे दर्ज करते हैं, उसकी ' +
    'पुष्टि नहीं करते। एक ही देश के दावे अक्सर आपस में मेल नहीं खाते।',
  'method.comparable':
    'यहाँ सिर्फ़ तुलना योग्य दावे गिने जाते हैं: अपनी तारीख़ तक के कुल आँकड़े (एक अवधि की गिनती नहीं, जैसे "दिसंबर ' +
    'में 150"), रूस की ओर के लोगों के (यूक्रेन की ओर या दोनों पक्षों को मिलाकर नहीं), और लोगों की संख्या में। ' +
    'बाक़ी सब हर देश के आँकड़ों के रजिस्टर और खुले डेटा में रहता है।',
  'method.latest':
    'सबसे हाल का दावा वह है जिसकी तारीख़ सबसे बाद की हो; जिस तारीख़ का सिर्फ़ महीना या साल पता हो, उसे उस महीने या ' +
    'साल का बीच माना जाता है। जहाँ {months} महीने से कम अंतर वाले दो दावों में आधे से ज़्यादा का फ़र्क़ हो (ऊँचा ' +
    'दावा निचले के {ratio} गुना से ज़्यादा हो), वहाँ देश का पेज यह बताता है।',
  'method.highest':
    'जिस रिपोर्ट की तारीख़ हमें पता नहीं, उसमें सबसे हाल के तारीख़ वाले आँकड़े से ऊँची संख्या हो सकती है। इसलिए ' +
    'सबसे हाल के दावे के साथ हम दर्ज सबसे ऊँचा दावा भी देते हैं, तारीख़ वाला हो या नहीं (दायरे को उसकी ऊपरी सीमा ' +
    'से गिना जाता है), उसके दावेदार और तारीख़ या "तारीख़ अज्ञात" के साथ, जब भी वह ऊँचा हो। दावों का दायरा सभी ' +
    'दावों को शामिल करता है, तारीख़ वाले हों या नहीं। चार्ट समय-अक्ष पर सिर्फ़ तारीख़ वाले दावे रखते हैं; बाक़ी ' +
    'चार्ट के नीचे ऊँचे से नीचे के क्रम में दिए जाते हैं।',
  'method.bases':
    'आधार अलग-अलग होते हैं, और प्रमाणित न्यूनतम कोई अनुमान नहीं है: एक जैसी चीज़ों की ही तुलना करें। हर दावे का ' +
    'आधार इनमें से एक होता है:',
  'method.measures': 'जिन मापों की तुलना की गई:',
  'method.data':
    'यही मुख्य आँकड़े {keyFiguresJsonLink} में हैं; हर आँकड़ा, उसके आधार, अवधि और पक्ष के साथ, {figuresCsvLink} और ' +
    '{figuresJsonLink} में है।',
  'home.intro':
    'हर प्रविष्टि किसी एक प्रकाशित रिपोर्ट का हमारा अपना छोटा सार है, जिसमें मूल रिपोर्ट का साफ़ दिखने वाला लिंक, ' +
    'उसमें दिए गए आँकड़े और उनका दावा किसने किया, यह सब है।',
  'home.statsLabel': 'मुख्य संख्याएँ',
  'home.browseLabel': 'देखें',
  'home.byCountry': 'देश के अनुसार',
  'home.keyFigures': 'मुख्य आँकड़े',
  'home.bySource': 'स्रोत के अनुसार',
  'home.byTopic': 'विषय के अनुसार',
  'home.byStory': 'ख़बर-कड़ी के अनुसार',
  'home.filterLink': 'सभी लेखों को एक या अधिक देशों के अनुसार छाँटें →',
  'home.latest.heading': 'ताज़ा रिपोर्टें',
  'home.latest.note': 'मूल रिपोर्ट के प्रकाशन की तारीख़ के अनुसार।',
  'home.allArticles': 'सभी लेख ({articles}) →',
  'home.added.heading': 'हाल में जोड़े गए',
  'home.added.note': 'यहाँ प्रविष्टि जोड़े जाने की तारीख़ के अनुसार।',
  'home.added.feedLink': 'नई प्रविष्टियाँ फ़ीड से पाएँ',
  'home.added.meta': '({outlet}, {published}; {added} को जोड़ा गया)',
  'countries.title': 'देश',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'countries.description':
    'वे {count} देश जिनके नागरिक हमारी कवरेज में आते हैं, लेखों और मीडिया संस्थानों की संख्या के साथ।',
  'countries.intro': 'हमारे सार वाली रिपोर्टें जिन देशों के नागरिकों से जुड़ी हैं, सबसे ज़्यादा कवरेज वाले पहले।',
  'countries.caption': 'लेखों की संख्या के अनुसार देश',
  'countries.col.country': 'देश',
  'countries.col.articles': 'लेख',
  'countries.col.outlets': 'मीडिया संस्थान',
  'countries.col.latest': 'ताज़ा रिपोर्ट',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'country.description':
    'रूस की सेना में भर्ती किए गए {name} के नागरिकों पर रिपोर्टें: {articles}, आँकड़े और उन्हें किसने छापा।',
  'country.fromOutlets': ', {outlets} से',
  'country.rssLink': '{name} की RSS फ़ीड',
  'country.figuresLink': 'देश के अनुसार मुख्य आँकड़े',
  'country.stories.heading': 'ख़बरों की कड़ियाँ',
  'country.stories.all': '{name} पर सभी {count} ख़बर-कड़ियाँ, नई पहले →',
  'country.articles.heading': 'लेख',
  'country.ledger.heading': 'आँकड़ों का रजिस्टर',
  'country.ledger.intro':
    '{name} के बारे में छपा हर आँकड़ा, सबसे पुराने दावे से शुरू, ताकि परस्पर विरोधी दावे साथ-साथ दिखें। हर आँकड़ा ' +
    'वैसा ही है जैसा उसके दावेदार ने कहा, हमने उसकी पुष्टि नहीं की है।',
  'country.ledger.caption': '{name} के बारे में छपे आँकड़े',
  'country.ledger.captionCut': '{name} के बारे में छपे {count} आँकड़ों में से पहले {shown}',
  'country.ledger.all': '{name} के बारे में छपे सभी {count} आँकड़े, हर पेज पर {size} →',
  'country.coverage.heading': 'किसने कवर किया',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'country.coverage.intro':
    'सबसे ज़्यादा रिपोर्टों वाले पहले, हर मीडिया संस्थान की {name} पर रिपोर्टों की संख्या के साथ।',
  'country.coverage.based': '{name} में स्थित मीडिया संस्थान',
  'country.coverage.elsewhere': 'दूसरी जगहों के मीडिया संस्थान',
  'country.coverage.none': 'हमारी कवरेज में कोई नहीं।',
  'country.coverage.all': '{name} पर रिपोर्ट करने वाले सभी {count} मीडिया संस्थान →',
  'timeline.caption': '{name} के बारे में हर महीने के लेख, {span} (सबसे ज़्यादा: एक महीने में {max})।',
  'timeline.undated': {
    one: 'जिस {count} लेख का महीना पता नहीं, वह नहीं दिखाया गया है।',
    other: 'जिन {count} लेखों का महीना पता नहीं, वे नहीं दिखाए गए हैं।',
  },
  'countryFigures.title': '{name} के बारे में छपे आँकड़े',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'countryFigures.description':
    '{name} के नागरिकों के बारे में छपा हर आँकड़ा, सबसे पुराने दावे से शुरू: {figures}, हर एक वैसा ही जैसा उसके ' +
    'दावेदार ने कहा।',
  'countryFigures.intro':
    '{countryLink} के बारे में छपा हर आँकड़ा, सबसे पुराने दावे से शुरू, ताकि परस्पर विरोधी दावे साथ-साथ दिखें: ' +
    '{figures}। हर आँकड़ा वैसा ही है जैसा उसके दावेदार ने कहा, हमने उसकी पुष्टि नहीं की है।',
  'countrySources.title': '{name} पर रिपोर्ट करने वाले मीडिया संस्थान',
  'countrySources.description':
    '{name} के नागरिकों पर रिपोर्ट वाला हर मीडिया संस्थान, सबसे ज़्यादा रिपोर्टों वाले पहले: {outlets}।',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'countrySources.intro':
    '{countryLink} पर रिपोर्ट वाला हर मीडिया संस्थान, सबसे ज़्यादा रिपोर्टों वाले पहले: {outlets}।',
  'countrySources.caption': '{name} पर रिपोर्टों की संख्या के अनुसार मीडिया संस्थान',
  'countrySources.col.outlet': 'मीडिया संस्थान',
  'countrySources.col.basedIn': 'कहाँ स्थित',
  'countrySources.col.reports': '{name} पर रिपोर्टें',
  'countryStories.title': '{name} पर ख़बरों की कड़ियाँ',
  'countryStories.description': '{name} के नागरिकों पर रिपोर्ट वाली हर ख़बर-कड़ी, नई पहले: {stories}।',
  'countryStories.intro': '{countryLink} पर रिपोर्ट वाली हर ख़बर-कड़ी, नई पहले: {stories}।',
  'countryStories.reports': '{name} पर {reports}',
  'figures.title': 'देश के अनुसार मुख्य आँकड़े',
  'figures.description':
    'हर देश के लिए अब तक के कुल का सबसे हाल का दावा: भर्ती किए गए, मारे गए, बंदी बनाए गए और लौटे, साथ में दावा ' +
    'किसने, कब और किस आधार पर किया।',
  'figures.intro':
    'हर देश के लिए, रूस की ओर से जुड़े उसके नागरिकों में से भर्ती किए गए, मारे गए, बंदी बनाए गए या लौटे लोगों के ' +
    'अब तक के कुल का सबसे हाल का दावा, साथ में दावा किसने, कब और किस आधार पर किया, और उसके बगल में दर्ज सबसे ऊँचा ' +
    'दावा अगर वह ज़्यादा है, तारीख़ वाला हो या नहीं। हर संख्या उस रिपोर्ट से जुड़ी है जिससे वह ली गई है। ये ' +
    'दावेदारों के आँकड़े हैं, हमने इनकी पुष्टि नहीं की है: तुलना करने से पहले {methodLink} पढ़ें।',
  'figures.methodLink': 'तरीके के बारे में टिप्पणी',
  'figures.byCountry.heading': 'देश के अनुसार',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'figures.byCountry.caption':
    'हर देश और माप के लिए अब तक के कुल का सबसे हाल का दावा, और ज़्यादा होने पर सबसे ऊँचा दावा',
  'figures.compare.col.country': 'देश',
  'figures.others': 'सिर्फ़ दूसरे मापों के कुल आँकड़े (जैसे मोर्चे पर भेजे गए या लापता): {countries}।',
  'figures.global.heading': 'वैश्विक और क्षेत्रीय दावे',
  'figures.global.intro':
    'ऐसे आँकड़े जो किसी एक देश का नाम नहीं लेते: कुल मिलाकर, या अफ़्रीका या मध्य एशिया जैसे किसी क्षेत्र में भर्ती ' +
    'किए गए, मारे गए या बंदी बनाए गए विदेशी। हर दावे का अपना विवरण बताता है कि उसमें क्या शामिल है, ताकि किसी ' +
    'क्षेत्रीय गिनती को वैश्विक न समझ लिया जाए। चार्ट दिखाते हैं कि मुख्य मापों के दावे समय के साथ कैसे बदले।',
  'figures.global.caption': 'कुल मिलाकर और क्षेत्र के अनुसार विदेशियों के मुख्य आँकड़े',
  'figures.global.subject': 'कुल मिलाकर और क्षेत्र के अनुसार विदेशी',
  'about.title': 'परिचय',
  // biome-ignore format: kept under 120 code points (Biome measures Devanagari and Arabic marks as zero width)
  'about.description':
    '{site} में क्या शामिल है, आँकड़े कैसे दर्ज किए और किसके नाम से दिए जाते हैं, और सुधार की सूचना कैसे दें।',
  'about.heading': '{site} का परिचय',
  'about.intro':
    '{site} उन प्रकाशित रिपोर्टों पर नज़र रखता है जो बताती हैं कि रूस विदेशी नागरिकों को अपनी सेना में कैसे भर्ती ' +
    'करता है: किसे और किन देशों से भर्ती किया जाता है, किन रास्तों से, उनका क्या होता है, और उनकी सरकारें क्या ' +
    'करती हैं। यह पत्रकारों, शोधकर्ताओं, केस वर्करों, राजनयिकों और भर्ती हुए लोगों के परिवारों के लिए बनाया गया है।',
  'about.included.heading': 'क्या शामिल है, और क्यों',
  'about.included':
    'हम समाचार संस्थानों, सरकारों, अंतरराष्ट्रीय संगठनों और शोधकर्ताओं की वे रिपोर्टें शामिल करते हैं जो 2022 से ' +
    'रूस की सशस्त्र सेनाओं या उनकी सहायक टुकड़ियों में भर्ती किए गए, या भर्ती के निशाने पर रहे, विदेशी नागरिकों से ' +
    'जुड़ी हैं। हर प्रविष्टि एक प्रकाशित रिपोर्ट पर है। हम सभी पक्षों की रिपोर्टें शामिल करते हैं, रूस और यूक्रेन ' +
    'के मीडिया और सरकारी मीडिया की भी, और हर मीडिया संस्थान का परिचय उसके स्रोत पेज पर देते हैं ताकि पाठक उसे परख ' +
    'सकें। एक ही घटना पर कई संस्थानों की रिपोर्टें ख़बर-कड़ियों में एक साथ रखी जाती हैं।',
  'about.summaries.heading': 'हमारे सार, और मूल रिपोर्टें',
  'about.summaries':
    'हर सार हमारे अपने शब्दों में लिखा गया है। हम लेखों को दोबारा नहीं छापते; ज़्यादा से ज़्यादा एक छोटा उद्धरण, ' +
    'उद्धरण चिह्नों में और किसका है यह बताकर, दिया जाता है। हर प्रविष्टि मूल रिपोर्ट से जुड़ी है, जो साफ़ दिखती ' +
    'है, साथ में मीडिया संस्थान, मूल भाषा में मूल शीर्षक, उतनी सटीक तारीख़ जितनी हमें पता है, और भाषा। जहाँ हमें ' +
    'तारीख़ या शीर्षक पता नहीं, वहाँ हम अंदाज़ा लगाने के बजाय यही बताते हैं।',
  'about.figures.heading': 'आँकड़े कैसे दर्ज किए जाते हैं',
  'about.figures':
    'रिपोर्टों में दी गई संख्याएँ (भर्ती, मौतें, बंदी, भुगतान, सज़ाएँ) आँकड़ों के रूप में दर्ज की जाती हैं। हर ' +
    'आँकड़े के साथ यह रहता है कि उसे किसने बताया (दावेदार) और कब बताया गया या किस तारीख़ पर लागू होता है ("किस ' +
    'तारीख़ तक")। कोई आँकड़ा कभी हमारा नहीं होता: वह दावेदार का होता है, और दावेदार अक्सर असहमत होते हैं। देशों के ' +
    'पेज उस देश का हर आँकड़ा सबसे पुराने से शुरू करके दिखाते हैं, ताकि परस्पर विरोधी दावे साथ-साथ दिखें।',
  'about.measures.heading': 'हर माप क्या गिनता है',
  'about.bases.heading': 'यह किस तरह की संख्या है',
  'about.bases':
    'हर आँकड़े के साथ उसका आधार भी दर्ज होता है, यह भी कि वह अब तक का कुल है या एक अवधि की गिनती, और वह किसके ' +
    'लोगों को गिनता है (रूस की ओर, यूक्रेन की ओर, या दोनों मिलाकर)। सिर्फ़ रूस की ओर के लोगों के एक ही तरह के कुल ' +
    'आँकड़ों की आपस में तुलना की जाती है।',
  'about.keyFigures':
    '{keyFiguresLink} सिर्फ़ रूस की ओर के लोगों के अब तक के कुल आँकड़ों की तुलना करते हैं, और बताते हैं कि लगभग एक ' +
    'ही तारीख़ के दावे कहाँ अलग हैं। हर एक में सबसे हाल का तारीख़ वाला दावा होता है और उसके बगल में दर्ज सबसे ऊँचा ' +
    'दावा अगर वह ज़्यादा है, भले ही उसकी तारीख़ न हो, उसके दावेदार और तारीख़ या "तारीख़ अज्ञात" के साथ ' +
    '({methodLink})।',
  'about.keyFiguresLink': 'मुख्य आँकड़े',
  'about.methodLink': 'तरीके के बारे में टिप्पणी',
  'about.data.heading': 'खुला डेटा',
  'about.data':
    'हर लेख का मेटाडेटा {articlesJsonLink} में उपलब्ध है, आँकड़ों का रजिस्टर {figuresCsvLink} और {figuresJsonLink} ' +
    'में, और हर देश के मुख्य आँकड़े {keyFiguresJsonLink} में। हर आँकड़े की एक स्थायी पहचान (लेख का स्लग और आँकड़े ' +
    'का क्रम), हमारे लेख का URL और मूल स्रोत का URL है। फ़ीड: {rssLink} और {jsonFeedLink}, और हर देश के लिए एक RSS ' +
    'फ़ीड।',
  'about.licence.heading': 'लाइसेंस और दोबारा उपयोग',
  'about.licence':
    'हमारे सार, आँकड़े और डेटा {licenceLink} के तहत प्रकाशित हैं: आप इन्हें कॉपी कर सकते हैं, बदल सकते हैं और ' +
    'दोबारा प्रकाशित कर सकते हैं, व्यावसायिक रूप से भी, अगर आप {site} का श्रेय दें और प्रविष्टि का लिंक दें। मूल ' +
    'रिपोर्टें उनके प्रकाशकों की हैं; उन्हें पढ़ने के लिए हर प्रविष्टि का लिंक खोलें। साइट का कोड MIT लाइसेंस के ' +
    'तहत है। हर लेख के पेज पर हमारी प्रविष्टि और मूल रिपोर्ट का तैयार उद्धरण है।',
  'about.licenceName': 'क्रिएटिव कॉमन्स एट्रिब्यूशन 4.0 इंटरनेशनल (CC BY 4.0)',
  'about.corrections.heading': 'सुधार की सूचना देना',
  'about.corrections':
    'अगर कोई सार, तारीख़, आँकड़ा या किसी के नाम से दी गई बात ग़लत है, या कोई लिंक अब काम नहीं करता, तो कृपया हमें ' +
    '{emailLink} पर लिखें (हर लेख और देश के पेज पर "ग़लती की सूचना दें" लिंक है जो पेज का पता अपने-आप भर देता है), ' +
    'और इस साइट पर पेज का पता, क्या ग़लत है और, हो सके तो, ऐसा स्रोत बताएँ जो यह दिखाए। सुधार लेख की फ़ाइल में किए ' +
    'जाते हैं, लेख के पेज पर दिखाए जाते हैं और {correctionsLink} पर सूचीबद्ध होते हैं।',
  'about.correctionsLink': 'सुधारों के पेज',
  'search.title': 'खोज',
  'search.description': 'हर लेख के सार में खोजें, देश, विषय, मीडिया संस्थान और भाषा के फ़िल्टर के साथ।',
  'search.heading': 'खोज',
  'search.noscript':
    'खोज आपके ब्राउज़र में चलती है और इसके लिए JavaScript ज़रूरी है। इसके बिना {byCountryLink}, {byTopicLink} या ' +
    '{bySourceLink} देखें।',
  'search.byCountry': 'देश के अनुसार',
  'search.byTopic': 'विषय के अनुसार',
  'search.bySource': 'स्रोत के अनुसार',
  'search.pageFormLabel': 'लेख, क्रम और फ़िल्टर के साथ',
  'search.order': 'क्रम',
  'search.sort.best': 'सबसे सटीक मेल',
  'search.sort.newest': 'नई रिपोर्ट पहले',
  'search.sort.oldest': 'पुरानी रिपोर्ट पहले',
  'search.filter.country': 'देश',
  'search.filter.topic': 'विषय',
  'search.filter.outlet': 'स्रोत',
  'search.filter.language': 'भाषा',
  'search.filter.any': 'कोई भी',
  'search.firstShown': '{results}, पहले {count} दिखाए गए',
  'error.notFound.title': 'पेज नहीं मिला',
  'error.notFound.description': 'यह पेज मौजूद नहीं है। देश के अनुसार, खोज से या होम पेज से लेख ढूँढें।',
  'error.notFound.text': 'इस पते पर कोई पेज नहीं है। हो सकता है यह हट गया हो, या लिंक ग़लत लिखा गया हो।',
  'error.notFound.home': 'होम पेज',
  'error.notFound.articles': 'सभी लेख',
  'error.notFound.countries': 'देश के अनुसार लेख',
  'error.notFound.search': 'खोज',
  'article.kicker': '{outlet} की एक रिपोर्ट का सार',
  'article.added': '{date} को जोड़ा गया',
  'article.updated': '{date} को अपडेट किया गया',
  'article.corrected': 'सुधारा गया',
  'article.englishSummaryNote': 'यह सार अंग्रेज़ी में है।',
  'article.summary.heading': 'हमारा सार',
  'article.figures.heading': 'रिपोर्ट में दिए आँकड़े',
  'article.figures.caption': 'इस रिपोर्ट के आँकड़े, किसने और कब बताए',
  'article.filed.heading': 'श्रेणियाँ',
  'article.corrections.heading': 'सुधार',
  'article.corrections.all': 'इस साइट के सभी सुधार',
  'article.cite.heading': 'उद्धरण दें',
  'article.cite.entry': 'यह प्रविष्टि',
  'article.cite.original': 'मूल रिपोर्ट',
  'article.others.heading': 'इस ख़बर की दूसरी कवरेज',
  'article.others.meta': '({outlet}, {date})',
  'article.source.heading': 'मूल स्रोत',
  'article.source.outlet': 'मीडिया संस्थान',
  'article.source.author': 'लेखक',
  'article.source.headline': 'शीर्षक',
  'article.source.noHeadline': 'मूल शीर्षक दर्ज नहीं है',
  'article.source.published': 'प्रकाशित',
  'article.source.printedAs': '(पृष्ठ पर: {original})',
  'article.source.dateBasis': 'हमने तारीख़ कैसे तय की',
  'article.source.notBefore': '{date} से पहले नहीं',
  'article.source.language': 'भाषा',
  'article.source.read': 'मूल रिपोर्ट {outlet} पर पढ़ें',
  'article.source.archived': 'संग्रहीत प्रति',
  'article.source.copies': 'इन्होंने भी प्रकाशित किया',
  'article.source.outletProfile': 'संस्थान का परिचय',
  'tags.countries': 'देश',
  'tags.none': 'विदेशी भर्ती आम तौर पर',
  'tags.topics': 'विषय',
  'tags.story': 'ख़बर-कड़ी',
};
