/** French (fr) interface strings: the catalogue of ./en.ts, key for key. */
import type { Messages } from './en.ts';

export const fr: Messages = {
  'site.description':
    'Un index sélectif des reportages publiés sur la manière dont la Russie recrute des ressortissants étrangers ' +
    'dans son armée : qui est recruté, d’où, comment, ce qu’il advient d’eux et comment réagissent leurs ' +
    'gouvernements.',
  'site.title': '{title} · {site}',
  'site.ogImageAlt': '{site} : les reportages sur les étrangers recrutés dans l’armée russe',
  'feed.rss': '{name} (RSS)',
  'feed.json': '{name} (JSON Feed)',
  'feed.locale.title': '{site} en {language}',
  'feed.locale.description': 'Chaque nouvelle entrée de {site}, avec notre résumé en {language} lorsqu’il existe.',
  'feed.item.original': '(Original : {outlet}, {published}.)',
  'feed.item.published': 'publié le {date}',
  'feed.item.dateUnknown': 'date de publication inconnue',
  'layout.skipLink': 'Aller au contenu',
  'nav.label': 'Principale',
  'nav.articles': 'Articles',
  'nav.countries': 'Pays',
  'nav.figures': 'Chiffres',
  'nav.sources': 'Sources',
  'nav.topics': 'Thèmes',
  'nav.stories': 'Dossiers',
  'nav.about': 'À propos',
  'search.formLabel': 'Site',
  'search.inputLabel': 'Rechercher des articles',
  'search.placeholder': 'Rechercher',
  'search.submit': 'Rechercher',
  'footer.summary':
    '{site} résume avec ses propres mots des reportages publiés ; chaque entrée renvoie à sa source originale.',
  'footer.aboutLink': 'À propos, méthode et corrections',
  'footer.feeds': 'Flux',
  'footer.openData': 'Données ouvertes',
  'footer.corrections': 'Corrections',
  'footer.licence':
    'Résumés et données : {licenceLink}. Code : MIT. Les reportages originaux appartiennent à leurs éditeurs.',
  'footer.licenceLink': 'CC BY 4.0',
  'languageSwitcher.label': 'Langue',
  'languageSwitcher.untranslated': 'Cette page n’est pas encore traduite en {language}.',
  'date.unknown': 'Date inconnue',
  'date.unknownInline': 'date inconnue',
  'date.notStated': 'Non précisée',
  'date.span': 'de {first} à {last}',
  'count.articles': {
    one: '{count} article',
    many: '{count} d’articles',
    other: '{count} articles',
  },
  'count.countries': {
    one: '{count} pays',
    many: '{count} de pays',
    other: '{count} pays',
  },
  'count.outlets': {
    one: '{count} média',
    many: '{count} de médias',
    other: '{count} médias',
  },
  'count.stories': {
    one: '{count} dossier',
    many: '{count} de dossiers',
    other: '{count} dossiers',
  },
  'count.reports': {
    one: '{count} reportage',
    many: '{count} de reportages',
    other: '{count} reportages',
  },
  'count.figures': {
    one: '{count} chiffre',
    many: '{count} de chiffres',
    other: '{count} chiffres',
  },
  'count.claims': {
    one: '{count} affirmation',
    many: '{count} d’affirmations',
    other: '{count} affirmations',
  },
  'count.claimants': {
    one: '{count} source',
    many: '{count} de sources',
    other: '{count} sources',
  },
  'count.results': {
    one: '{count} résultat',
    many: '{count} de résultats',
    other: '{count} résultats',
  },
  'count.datedClaims': {
    one: '{count} affirmation datée',
    many: '{count} d’affirmations datées',
    other: '{count} affirmations datées',
  },
  'count.undatedClaims': {
    one: '{count} affirmation non datée',
    many: '{count} d’affirmations non datées',
    other: '{count} affirmations non datées',
  },
  'pagination.label': 'Pages',
  'pagination.newer': '← Plus récents',
  'pagination.older': 'Plus anciens →',
  'pagination.previous': '← Précédente',
  'pagination.next': 'Suivante →',
  'pagination.pageOf': 'Page {page} sur {pages}',
  'pagination.suffix': ' (page {page} sur {pages})',
  'report.error': 'Signaler une erreur sur cette page',
  'card.headlinePlaceholder': 'Titre',
  'card.outletPlaceholder': 'Média',
  'card.originalAt': 'L’original sur {outlet}',
  'card.theOutlet': 'le site du média',
  'card.opensSource': '(ouvre le site de la source)',
  'filter.label': 'Filtrer par pays',
  'filter.hint': 'Choisissez un pays pour voir tous ses articles.',
  'filter.placeholder': 'Tapez pour réduire la liste',
  'filter.narrowLabel': 'Réduire la liste des pays',
  'filter.resultsHeading': 'Articles sur : {countries}',
  'filter.showMore': 'Afficher {count} de plus ({shown} sur {total} affichés)',
  'filter.or': ' ou ',
  'list.separator': ', ',
  'map.countryLabel': '{country} : {articles}',
  'map.caption':
    'Pays dont des ressortissants apparaissent dans nos articles, teintés selon le nombre d’articles (plus foncé = ' +
    'plus nombreux). Choisissez un pays pour ouvrir sa page ; le tableau présente les mêmes données.',
  'map.tooSmall': 'Trop petits pour être dessinés à cette échelle : {countries}.',
  'measure.recruited': 'Recrutés',
  'measure.deployed': 'Déployés',
  'measure.killed': 'Tués',
  'measure.wounded': 'Blessés',
  'measure.captured': 'Capturés',
  'measure.missing': 'Disparus',
  'measure.returned': 'Rentrés',
  'measure.remains-returned': 'Dépouilles rapatriées',
  'measure.discharged': 'Libérés du service',
  'measure.detained': 'Arrêtés',
  'measure.convicted': 'Condamnés',
  'measure.payment': 'Paiement',
  'measure.sentence': 'Peine',
  'measure.other': 'Autre',
  'measureDefinition.recruited':
    'Personnes engagées, enrôlées ou prises au service de la Russie, y compris celles attirées par de fausses ' +
    'offres d’emploi.',
  'measureDefinition.deployed':
    'Personnes envoyées au front ou dans une zone de combat, à distinguer de celles seulement recrutées.',
  'measureDefinition.killed': 'Personnes déclarées mortes en service ou après avoir été envoyées combattre.',
  'measureDefinition.wounded': 'Personnes déclarées blessées en service.',
  'measureDefinition.captured': 'Personnes faites prisonnières, presque toujours par l’Ukraine.',
  'measureDefinition.missing':
    'Personnes dont on ignore le sort : sans contact, ou portées disparues par leur famille ou leur gouvernement.',
  'measureDefinition.returned':
    'Personnes vivantes ramenées ou renvoyées chez elles : libérées, évacuées, rapatriées ou évadées.',
  'measureDefinition.remains-returned': 'Corps ou restes de personnes mortes, ramenés dans leur pays.',
  'measureDefinition.discharged':
    'Personnes libérées de leur contrat ou du service alors qu’elles sont encore en Russie.',
  'measureDefinition.detained':
    'Personnes arrêtées ou détenues par leur propre gouvernement ou un autre en lien avec le recrutement ' +
    '(recruteurs ou recrues).',
  'measureDefinition.convicted':
    'Personnes reconnues coupables par un tribunal pour recrutement ou pour avoir combattu pour la Russie.',
  'measureDefinition.payment':
    'Argent versé ou promis : primes, soldes, indemnités (avec l’unité, par exemple « USD par mois »).',
  'measureDefinition.sentence':
    'Durée d’une peine de prison ou d’une autre sanction prononcée (avec l’unité, par exemple « ans »).',
  'measureDefinition.other': 'Tout autre nombre cité par le reportage, décrit avec les mots propres au chiffre.',
  'basis.official': 'officiel',
  'basis.estimate': 'estimation',
  'basis.documented-minimum': 'minimum documenté',
  'basis.unverified': 'non vérifié',
  'basis.unknown': 'base inconnue',
  'basisDefinition.official':
    'Un décompte officiel : un gouvernement, un ministère ou un organisme officiel l’affirme.',
  'basisDefinition.estimate':
    'Une estimation d’un chercheur, d’un journaliste, d’un service de renseignement ou d’un responsable, et non un ' +
    'décompte.',
  'basisDefinition.documented-minimum':
    'Un minimum documenté : des personnes nommées ou confirmées une à une, comme le font Mediazona et BBC Russian.',
  'basisDefinition.unverified':
    'Une affirmation non vérifiée : un recruteur, une source anonyme, une famille, une publication sur les réseaux ' +
    'sociaux.',
  'basisDefinition.unknown': 'Le reportage ne dit pas comment ce nombre a été obtenu.',
  'span.total': 'total cumulé',
  'span.period': 'décompte sur une période',
  'span.unknown': 'période inconnue',
  'side.russia': 'côté russe',
  'side.ukraine': 'côté ukrainien',
  'side.both': 'les deux camps ensemble',
  'side.unknown': 'camp inconnu',
  'figure.atLeast': 'au moins {value}',
  'figure.atMost': 'au plus {value}',
  'figure.range': '{low}–{high}',
  'figure.claimBy': '{claimant}, {date} ({basis})',
  'figures.col.figure': 'Chiffre',
  'figures.col.measure': 'Mesure',
  'figures.col.what': 'Objet',
  'figures.col.country': 'Pays',
  'figures.col.claimedBy': 'Avancé par',
  'figures.col.asOf': 'En date du',
  'figures.col.reportedIn': 'Cité dans',
  'figures.severalGlobal': 'Plusieurs / monde',
  'keyFigures.heading': 'Chiffres clés',
  'keyFigures.intro':
    'Totaux cumulés des ressortissants de ce pays ({name}) du côté russe, tels qu’affirmés : pour chaque mesure, ' +
    'l’affirmation datée la plus récente et, si une affirmation est plus élevée (datée ou non), la plus élevée de ' +
    'toutes ; l’écart entre toutes ces affirmations, datées ou non ; et le nombre de sources qui les ont faites. ' +
    'Les décomptes sur une seule période, les chiffres pour les deux camps ou pour le camp ukrainien et les autres ' +
    'unités ne figurent pas ici ; ils sont dans le registre des chiffres plus bas. Ces chiffres sont ceux des ' +
    'sources, nous ne les vérifions pas, et leurs bases diffèrent ({howToReadLink} ; {allCountriesLink}).',
  'keyFigures.howToRead': 'comment les lire',
  'keyFigures.allCountries': 'tous les pays comparés',
  'keyFigures.caption': 'Chiffres clés : {name}',
  'keyFigures.subject': 'ressortissants : {name}',
  'keyFigures.col.measure': 'Mesure',
  'keyFigures.col.latest': 'Affirmation la plus récente',
  'keyFigures.col.range': 'Écart des affirmations',
  'keyFigures.col.claims': 'Affirmations',
  'keyFigures.claimsBy': '{claims} par {claimants}',
  'keyFigures.highestHeld': 'Affirmation la plus élevée :',
  'keyFigures.differ': '{measure}, les affirmations divergent :',
  'keyFigures.differPair': '{first} et {second}.',
  'keyFigures.differClaim': '{value} ({claimant}, {date})',
  'keyFigures.noClaim': 'Aucune affirmation',
  'chart.caption': '{measure} : {subject}, totaux cumulés affirmés au fil du temps',
  'chart.captionFull':
    '{caption} ({shown}{undated}). Chaque marque est une affirmation ; sélectionnez-la pour ouvrir son reportage.',
  'chart.shownSome': 'les {shown} plus récentes de {total} affirmations datées',
  'chart.undatedSome': 'les {shown} plus élevées de {total} affirmations non datées',
  'chart.undatedListed': ' ; {undated} listées plus bas',
  'chart.legendLabel': 'Formes des marques',
  'chart.markTitle': '{value} : {claim}',
  'chart.tableCaption': 'Les affirmations du graphique, des plus récentes aux plus anciennes',
  'chart.col.asOf': 'En date du',
  'chart.col.claim': 'Affirmation',
  'chart.col.claimedBy': 'Avancée par',
  'chart.col.basis': 'Base',
  'chart.undatedIntro':
    'Affirmations non datées, absentes de l’axe du temps ({undated}, des plus élevées aux plus basses) :',
  'method.heading': 'Note de méthode',
  'method.claimed':
    'Chaque chiffre est celui qu’affirme la personne ou l’organisme nommé, à la date indiquée ; nous ' +
    'l’enregistrons sans le vérifier. Les affirmations pour un même pays divergent souvent.',
  'method.comparable':
    'Seules les affirmations comparables sont prises en compte ici : des totaux cumulés à leur date (et non des ' +
    'décomptes sur une période, comme « 150 en décembre »), de personnes du côté russe (et non des chiffres pour ' +
    'le camp ukrainien ou pour les deux camps ensemble), comptés en personnes. Tout le reste demeure dans le ' +
    'registre des chiffres de chaque pays et dans les données ouvertes.',
  'method.latest':
    'L’affirmation la plus récente est celle dont la date est la plus tardive ; une date connue seulement au mois ' +
    'ou à l’année compte pour le milieu de ce mois ou de cette année. Lorsque deux affirmations espacées de moins ' +
    'de {months} mois diffèrent de plus de moitié (la plus élevée dépassant {ratio} fois la plus basse), la page ' +
    'du pays le signale.',
  'method.highest':
    'Un reportage dont nous ignorons la date peut contenir un chiffre plus élevé que le plus récent des chiffres ' +
    'datés. Aussi, à côté de l’affirmation la plus récente, nous donnons la plus élevée de toutes, datée ou non ' +
    '(une fourchette compte pour sa borne haute), avec sa source et sa date ou « date inconnue », chaque fois ' +
    'qu’elle est plus élevée. L’écart des affirmations couvre toutes les affirmations, datées ou non. Les ' +
    'graphiques ne placent sur l’axe du temps que les affirmations datées ; les autres sont listées sous le ' +
    'graphique, des plus élevées aux plus basses.',
  'method.bases':
    'Les bases diffèrent, et un minimum documenté n’est pas une estimation : comparez ce qui est comparable. La ' +
    'base de chaque affirmation est l’une des suivantes :',
  'method.measures': 'Les mesures comparées :',
  'method.data':
    'Les mêmes chiffres clés se trouvent dans {keyFiguresJsonLink} ; chaque chiffre, avec sa base, sa période et ' +
    'son camp, se trouve dans {figuresCsvLink} et {figuresJsonLink}.',
  'home.intro':
    'Chaque entrée est notre propre court résumé d’un reportage publié, avec un lien bien visible vers l’original, ' +
    'les chiffres qu’il cite et qui les a avancés.',
  'home.statsLabel': 'Chiffres du site',
  'home.browseLabel': 'Parcourir',
  'home.byCountry': 'Par pays',
  'home.keyFigures': 'Chiffres clés',
  'home.bySource': 'Par source',
  'home.byTopic': 'Par thème',
  'home.byStory': 'Par dossier',
  'home.filterLink': 'Filtrer tous les articles par un ou plusieurs pays →',
  'home.latest.heading': 'Derniers reportages',
  'home.latest.note': 'Selon la date de publication de l’original.',
  'home.allArticles': 'Tous les articles ({articles}) →',
  'home.added.heading': 'Ajouts récents',
  'home.added.note': 'Selon la date d’ajout de l’entrée ici.',
  'home.added.feedLink': 'Suivre les nouvelles entrées par flux',
  'home.added.meta': '({outlet}, {published} ; ajouté le {added})',
  'countries.title': 'Pays',
  'countries.description':
    'Les {count} pays dont des ressortissants apparaissent dans nos articles, avec le nombre d’articles et de ' +
    'médias.',
  'countries.intro':
    'Nationalités concernées par les reportages que nous résumons, des plus couvertes aux moins couvertes.',
  'countries.caption': 'Pays par nombre d’articles',
  'countries.col.country': 'Pays',
  'countries.col.articles': 'Articles',
  'countries.col.outlets': 'Médias',
  'countries.col.latest': 'Dernier reportage',
  'country.description':
    'Reportages sur les ressortissants de ce pays ({name}) recrutés dans l’armée russe : {articles}, les chiffres ' +
    'et qui les a publiés.',
  'country.fromOutlets': ', de {outlets}',
  'country.rssLink': 'Flux RSS : {name}',
  'country.figuresLink': 'Chiffres clés par pays',
  'country.stories.heading': 'Dossiers',
  'country.stories.all': 'Les {count} dossiers sur ce pays ({name}), des plus récents aux plus anciens →',
  'country.articles.heading': 'Articles',
  'country.ledger.heading': 'Registre des chiffres',
  'country.ledger.intro':
    'Tous les chiffres publiés pour ce pays ({name}), du plus ancien au plus récent, afin que les affirmations ' +
    'contradictoires soient côte à côte. Chaque chiffre est tel qu’énoncé par sa source, non vérifié par nous.',
  'country.ledger.caption': 'Chiffres publiés : {name}',
  'country.ledger.captionCut': 'Les {shown} premiers des {count} chiffres publiés : {name}',
  'country.ledger.all': 'Les {count} chiffres publiés pour ce pays ({name}), {size} par page →',
  'country.coverage.heading': 'Qui en a parlé',
  'country.coverage.intro':
    'Les médias les plus actifs d’abord, avec pour chacun son nombre de reportages sur ce pays ({name}).',
  'country.coverage.based': 'Médias basés dans ce pays ({name})',
  'country.coverage.elsewhere': 'Médias d’ailleurs',
  'country.coverage.none': 'Aucun dans nos articles.',
  'country.coverage.all': 'Les {count} médias qui ont parlé de ce pays ({name}) →',
  'timeline.caption': 'Articles sur ce pays ({name}) par mois, {span} (maximum : {max} en un mois).',
  'timeline.undated': {
    one: '{count} article sans mois connu n’apparaît pas.',
    many: '{count} d’articles sans mois connu n’apparaissent pas.',
    other: '{count} articles sans mois connu n’apparaissent pas.',
  },
  'countryFigures.title': 'Chiffres publiés : {name}',
  'countryFigures.description':
    'Tous les chiffres publiés sur les ressortissants de ce pays ({name}), du plus ancien au plus récent : ' +
    '{figures}, chacun tel qu’énoncé par sa source.',
  'countryFigures.intro':
    'Tous les chiffres publiés pour {countryLink}, du plus ancien au plus récent, afin que les affirmations ' +
    'contradictoires soient côte à côte : {figures}. Chaque chiffre est tel qu’énoncé par sa source, non vérifié ' +
    'par nous.',
  'countrySources.title': 'Médias ayant parlé de ce pays : {name}',
  'countrySources.description':
    'Tous les médias ayant publié un reportage sur les ressortissants de ce pays ({name}), les plus actifs d’abord ' +
    ': {outlets}.',
  'countrySources.intro':
    'Tous les médias ayant publié un reportage sur {countryLink}, les plus actifs d’abord : {outlets}.',
  'countrySources.caption': 'Médias par nombre de reportages sur ce pays ({name})',
  'countrySources.col.outlet': 'Média',
  'countrySources.col.basedIn': 'Basé en/au',
  'countrySources.col.reports': 'Reportages ({name})',
  'countryStories.title': 'Dossiers : {name}',
  'countryStories.description':
    'Tous les dossiers comprenant un reportage sur les ressortissants de ce pays ({name}), des plus récents aux ' +
    'plus anciens : {stories}.',
  'countryStories.intro':
    'Tous les dossiers comprenant un reportage sur {countryLink}, des plus récents aux plus anciens : {stories}.',
  'countryStories.reports': '{reports} sur ce pays ({name})',
  'figures.title': 'Chiffres clés par pays',
  'figures.description':
    'L’affirmation de total cumulé la plus récente pour chaque pays : recrutés, tués, capturés et rentrés, avec ' +
    'qui l’a avancée, quand et sur quelle base.',
  'figures.intro':
    'Pour chaque pays, l’affirmation la plus récente d’un total cumulé de ses ressortissants du côté russe ' +
    'recrutés, tués, capturés ou rentrés, avec qui l’a avancée, quand et sur quelle base, et à côté l’affirmation ' +
    'la plus élevée si elle est supérieure, datée ou non. Chaque nombre renvoie au reportage d’où il vient. Ce ' +
    'sont les chiffres des sources, non vérifiés par nous : lisez la {methodLink} avant de les comparer.',
  'figures.methodLink': 'note de méthode',
  'figures.byCountry.heading': 'Par pays',
  'figures.byCountry.caption':
    'Affirmation de total cumulé la plus récente pour chaque pays et chaque mesure, et la plus élevée si elle est ' +
    'supérieure',
  'figures.compare.col.country': 'Pays',
  'figures.others': 'Totaux cumulés pour d’autres mesures uniquement (comme déployés ou disparus) : {countries}.',
  'figures.global.heading': 'Affirmations mondiales et régionales',
  'figures.global.intro':
    'Chiffres qui ne visent aucun pays en particulier : étrangers recrutés, tués ou capturés au total, ou dans une ' +
    'région comme l’Afrique ou l’Asie centrale. La description propre à chaque affirmation précise ce qu’elle ' +
    'couvre, pour qu’un chiffre régional ne soit pas pris pour un chiffre mondial. Les graphiques montrent ' +
    'l’évolution des affirmations pour les principales mesures.',
  'figures.global.caption': 'Chiffres clés pour les étrangers au total et par région',
  'figures.global.subject': 'étrangers au total et par région',
  'about.title': 'À propos',
  'about.description':
    'Ce que couvre {site}, comment les chiffres sont enregistrés et attribués, et comment signaler une erreur.',
  'about.heading': 'À propos de {site}',
  'about.intro':
    '{site} suit les reportages publiés sur la manière dont la Russie recrute des ressortissants étrangers dans ' +
    'son armée : qui est recruté et de quels pays, par quels canaux, ce qu’il advient d’eux et comment réagissent ' +
    'leurs gouvernements. Il s’adresse aux journalistes, aux chercheurs, aux travailleurs sociaux, aux diplomates ' +
    'et aux familles des recrues.',
  'about.included.heading': 'Ce qui est inclus, et pourquoi',
  'about.included':
    'Nous incluons les reportages de médias, de gouvernements, d’organisations internationales et de chercheurs ' +
    'qui concernent des ressortissants étrangers recrutés, ou visés par un recrutement, dans les forces armées ' +
    'russes ou leurs forces auxiliaires depuis 2022. Chaque entrée porte sur un reportage publié. Nous incluons ' +
    'des reportages de tous bords, y compris de médias en Russie et en Ukraine et de médias d’État, et nous ' +
    'décrivons chaque média sur sa page de source pour que les lecteurs puissent en juger. Les reportages de ' +
    'plusieurs médias sur un même événement sont regroupés en dossiers.',
  'about.summaries.heading': 'Nos résumés, et les originaux',
  'about.summaries':
    'Chaque résumé est rédigé avec nos propres mots. Nous ne reproduisons pas les articles ; tout au plus une ' +
    'courte expression est citée, entre guillemets et attribuée. Chaque entrée renvoie au reportage original, ' +
    'présenté de façon visible avec le média, le titre original dans sa langue, la date avec la précision que nous ' +
    'connaissons, et la langue. Quand nous ne connaissons pas une date ou un titre, nous le disons au lieu de ' +
    'deviner.',
  'about.figures.heading': 'Comment les chiffres sont enregistrés',
  'about.figures':
    'Les nombres cités dans les reportages (recrues, morts, prisonniers, paiements, peines) sont enregistrés comme ' +
    'chiffres. Chaque chiffre garde qui l’a énoncé (la source) et quand il a été énoncé ou à quelle date il ' +
    's’applique (« en date du »). Un chiffre n’est jamais le nôtre : c’est celui de la source, et les sources sont ' +
    'souvent en désaccord. Les pages de pays listent tous les chiffres de ce pays du plus ancien au plus récent, ' +
    'afin que les affirmations contradictoires soient côte à côte.',
  'about.measures.heading': 'Ce que compte chaque mesure',
  'about.bases.heading': 'De quel type de nombre il s’agit',
  'about.bases':
    'Chaque chiffre indique aussi sa base, s’il s’agit d’un total cumulé ou d’un décompte sur une période, et de ' +
    'quel camp il compte les personnes (côté russe, côté ukrainien, ou les deux ensemble). Seuls les totaux ' +
    'cumulés de personnes du côté russe, de même nature, sont comparés entre eux.',
  'about.keyFigures':
    'Les {keyFiguresLink} ne comparent que des totaux cumulés de personnes du côté russe, et signalent les ' +
    'affirmations de dates proches qui divergent. Chacun donne l’affirmation datée la plus récente et, à côté, la ' +
    'plus élevée de toutes si elle est supérieure, même non datée, avec sa source et sa date ou « date inconnue » ' +
    '({methodLink}).',
  'about.keyFiguresLink': 'chiffres clés',
  'about.methodLink': 'note de méthode',
  'about.data.heading': 'Données ouvertes',
  'about.data':
    'Les métadonnées de chaque article sont disponibles dans {articlesJsonLink}, le registre des chiffres dans ' +
    '{figuresCsvLink} et {figuresJsonLink}, et les chiffres clés de chaque pays dans {keyFiguresJsonLink}. Chaque ' +
    'chiffre a un identifiant stable (le slug de l’article et la position du chiffre), l’URL de notre article et ' +
    'l’URL de la source originale. Flux : {rssLink} et {jsonFeedLink}, et un flux RSS pour chaque pays.',
  'about.licence.heading': 'Licence et réutilisation',
  'about.licence':
    'Nos résumés, chiffres et données sont publiés sous {licenceLink} : vous pouvez les copier, les adapter et les ' +
    'republier, y compris à des fins commerciales, en citant {site} et en renvoyant à l’entrée. Les reportages ' +
    'originaux appartiennent à leurs éditeurs ; suivez le lien de chaque entrée pour les lire. Le code du site est ' +
    'sous licence MIT. Chaque page d’article propose une citation prête à l’emploi de notre entrée et du reportage ' +
    'original.',
  'about.licenceName': 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  'about.corrections.heading': 'Signaler une erreur',
  'about.corrections':
    'Si un résumé, une date, un chiffre ou une attribution est faux, ou si un lien ne fonctionne plus, ' +
    'écrivez-nous à {emailLink} (chaque page d’article et de pays a un lien « Signaler une erreur » qui remplit ' +
    'l’adresse de la page) en indiquant l’adresse de la page sur ce site, ce qui est faux et, si possible, une ' +
    'source qui le montre. Les corrections sont faites dans le fichier de l’article, affichées sur la page de ' +
    'l’article et listées sur la {correctionsLink}.',
  'about.correctionsLink': 'page des corrections',
  'search.title': 'Recherche',
  'search.description':
    'Recherchez dans tous les résumés d’articles, avec des filtres par pays, thème, média et langue.',
  'search.heading': 'Recherche',
  'search.noscript':
    'La recherche fonctionne dans votre navigateur et nécessite JavaScript. Sans lui, parcourez les articles ' +
    '{byCountryLink}, {byTopicLink} ou {bySourceLink}.',
  'search.byCountry': 'par pays',
  'search.byTopic': 'par thème',
  'search.bySource': 'par source',
  'search.pageFormLabel': 'Articles, avec ordre et filtres',
  'search.order': 'Ordre',
  'search.sort.best': 'Pertinence',
  'search.sort.newest': 'Reportages les plus récents d’abord',
  'search.sort.oldest': 'Reportages les plus anciens d’abord',
  'search.filter.country': 'Pays',
  'search.filter.topic': 'Thème',
  'search.filter.outlet': 'Source',
  'search.filter.language': 'Langue',
  'search.filter.any': 'Tous',
  'search.firstShown': '{results}, les {count} premiers affichés',
  'error.notFound.title': 'Page introuvable',
  'error.notFound.description':
    'Cette page n’existe pas. Trouvez des articles par pays, par la recherche ou depuis la page d’accueil.',
  'error.notFound.text':
    'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.',
  'error.notFound.home': 'Page d’accueil',
  'error.notFound.articles': 'Tous les articles',
  'error.notFound.countries': 'Articles par pays',
  'error.notFound.search': 'Recherche',
  'article.kicker': 'Résumé d’un reportage de {outlet}',
  'article.added': 'Ajouté le {date}',
  'article.updated': 'Mis à jour le {date}',
  'article.corrected': 'Corrigé',
  'article.englishSummaryNote': 'Ce résumé est en anglais.',
  'article.summary.heading': 'Notre résumé',
  'article.figures.heading': 'Chiffres cités',
  'article.figures.caption': 'Chiffres de ce reportage, avec qui les a énoncés et quand',
  'article.filed.heading': 'Classé dans',
  'article.corrections.heading': 'Corrections',
  'article.corrections.all': 'Toutes les corrections de ce site',
  'article.cite.heading': 'Citer',
  'article.cite.entry': 'Cette entrée',
  'article.cite.original': 'Le reportage original',
  'article.others.heading': 'Autres articles sur ce dossier',
  'article.others.meta': '({outlet}, {date})',
  'article.source.heading': 'Source originale',
  'article.source.outlet': 'Média',
  'article.source.author': 'Auteur',
  'article.source.headline': 'Titre',
  'article.source.noHeadline': 'Titre original non enregistré',
  'article.source.published': 'Publié',
  'article.source.printedAs': '(date imprimée : {original})',
  'article.source.dateBasis': 'Comment nous l’avons datée',
  'article.source.notBefore': 'pas avant {date}',
  'article.source.language': 'Langue',
  'article.source.read': 'Lire l’original sur {outlet}',
  'article.source.archived': 'Copie archivée',
  'article.source.copies': 'Également publié par',
  'article.source.outletProfile': 'fiche du média',
  'tags.countries': 'Pays',
  'tags.none': 'Recrues étrangères en général',
  'tags.topics': 'Thèmes',
  'tags.story': 'Dossier',
};
