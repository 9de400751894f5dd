/** Spanish (es) interface strings: the catalogue of ./en.ts, key for key. */
import type { Messages } from './en.ts';

export const es: Messages = {
  'site.description':
    'Un índice seleccionado de reportajes publicados sobre cómo Rusia recluta a ciudadanos extranjeros para su ' +
    'ejército: a quién recluta, de dónde, cómo, qué les ocurre y cómo responden sus gobiernos.',
  'site.title': '{title} · {site}',
  'site.ogImageAlt': '{site}: reportajes sobre extranjeros reclutados para el ejército de Rusia',
  'feed.rss': '{name} (RSS)',
  'feed.json': '{name} (JSON Feed)',
  'feed.locale.title': '{site} en {language}',
  'feed.locale.description': 'Cada nueva entrada de {site}, con nuestro resumen en {language} cuando lo hay.',
  'feed.item.original': '(Original: {outlet}, {published}.)',
  'feed.item.published': 'publicado el {date}',
  'feed.item.dateUnknown': 'fecha de publicación desconocida',
  'layout.skipLink': 'Saltar al contenido',
  'nav.label': 'Principal',
  'nav.articles': 'Artículos',
  'nav.countries': 'Países',
  'nav.figures': 'Cifras',
  'nav.sources': 'Fuentes',
  'nav.topics': 'Temas',
  'nav.stories': 'Historias',
  'nav.about': 'Acerca de',
  'search.formLabel': 'Sitio',
  'search.inputLabel': 'Buscar artículos',
  'search.placeholder': 'Buscar',
  'search.submit': 'Buscar',
  'footer.summary':
    '{site} resume con sus propias palabras reportajes publicados; cada entrada enlaza a su fuente original.',
  'footer.aboutLink': 'Acerca de, método y correcciones',
  'footer.feeds': 'Feeds',
  'footer.openData': 'Datos abiertos',
  'footer.corrections': 'Correcciones',
  'footer.licence':
    'Resúmenes y datos: {licenceLink}. Código: MIT. Los reportajes originales pertenecen a sus editores.',
  'footer.licenceLink': 'CC BY 4.0',
  'languageSwitcher.label': 'Idioma',
  'languageSwitcher.untranslated': 'Esta página aún no está traducida al {language}.',
  'date.unknown': 'Fecha desconocida',
  'date.unknownInline': 'fecha desconocida',
  'date.notStated': 'No indicada',
  'date.span': 'de {first} a {last}',
  'count.articles': {
    one: '{count} artículo',
    many: '{count} de artículos',
    other: '{count} artículos',
  },
  'count.countries': {
    one: '{count} país',
    many: '{count} de países',
    other: '{count} países',
  },
  'count.outlets': {
    one: '{count} medio',
    many: '{count} de medios',
    other: '{count} medios',
  },
  'count.stories': {
    one: '{count} historia',
    many: '{count} de historias',
    other: '{count} historias',
  },
  'count.reports': {
    one: '{count} reportaje',
    many: '{count} de reportajes',
    other: '{count} reportajes',
  },
  'count.figures': {
    one: '{count} cifra',
    many: '{count} de cifras',
    other: '{count} cifras',
  },
  'count.claims': {
    one: '{count} afirmación',
    many: '{count} de afirmaciones',
    other: '{count} afirmaciones',
  },
  'count.claimants': {
    one: '{count} fuente',
    many: '{count} de fuentes',
    other: '{count} fuentes',
  },
  'count.results': {
    one: '{count} resultado',
    many: '{count} de resultados',
    other: '{count} resultados',
  },
  'count.datedClaims': {
    one: '{count} afirmación con fecha',
    many: '{count} de afirmaciones con fecha',
    other: '{count} afirmaciones con fecha',
  },
  'count.undatedClaims': {
    one: '{count} afirmación sin fecha',
    many: '{count} de afirmaciones sin fecha',
    other: '{count} afirmaciones sin fecha',
  },
  'pagination.label': 'Páginas',
  'pagination.newer': '← Más recientes',
  'pagination.older': 'Más antiguos →',
  'pagination.previous': '← Anterior',
  'pagination.next': 'Siguiente →',
  'pagination.pageOf': 'Página {page} de {pages}',
  'pagination.suffix': ' (página {page} de {pages})',
  'report.error': 'Informar de un error en esta página',
  'card.headlinePlaceholder': 'Titular',
  'card.outletPlaceholder': 'Medio',
  'card.originalAt': 'Original en {outlet}',
  'card.theOutlet': 'el medio',
  'card.opensSource': '(abre el sitio de la fuente)',
  'filter.label': 'Filtrar por país',
  'filter.hint': 'Elija un país para ver todos sus artículos.',
  'filter.placeholder': 'Escriba para acortar la lista',
  'filter.narrowLabel': 'Acortar la lista de países',
  'filter.resultsHeading': 'Artículos sobre {countries}',
  'filter.showMore': 'Mostrar {count} más ({shown} de {total} mostrados)',
  'filter.or': ' o ',
  'list.separator': ', ',
  'map.countryLabel': '{country}: {articles}',
  'map.caption':
    'Países cuyos ciudadanos aparecen en nuestra cobertura, sombreados según el número de artículos (más oscuro es ' +
    'más). Seleccione un país para abrir su página; la tabla recoge los mismos datos.',
  'map.tooSmall': 'Demasiado pequeños para dibujarlos a esta escala: {countries}.',
  'measure.recruited': 'Reclutados',
  'measure.deployed': 'Desplegados',
  'measure.killed': 'Muertos',
  'measure.wounded': 'Heridos',
  'measure.captured': 'Capturados',
  'measure.missing': 'Desaparecidos',
  'measure.returned': 'Regresados',
  'measure.remains-returned': 'Restos repatriados',
  'measure.discharged': 'Licenciados',
  'measure.detained': 'Detenidos',
  'measure.convicted': 'Condenados',
  'measure.payment': 'Pago',
  'measure.sentence': 'Condena',
  'measure.other': 'Otro',
  'measureDefinition.recruited':
    'Personas alistadas, enroladas o incorporadas al servicio de Rusia, incluidas las atraídas con falsas ofertas ' +
    'de trabajo.',
  'measureDefinition.deployed':
    'Personas enviadas al frente o a una zona de combate, a diferencia de las solo reclutadas.',
  'measureDefinition.killed': 'Personas de las que se informa que murieron en servicio o tras ser enviadas a combatir.',
  'measureDefinition.wounded': 'Personas de las que se informa que resultaron heridas en servicio.',
  'measureDefinition.captured': 'Personas hechas prisioneras, casi siempre por Ucrania.',
  'measureDefinition.missing':
    'Personas cuyo paradero se desconoce: sin contacto, o dadas por desaparecidas por sus familias o gobiernos.',
  'measureDefinition.returned':
    'Personas vivas traídas o enviadas de vuelta a casa: liberadas, evacuadas, repatriadas o fugadas.',
  'measureDefinition.remains-returned': 'Cuerpos o restos de fallecidos devueltos a su país.',
  'measureDefinition.discharged': 'Personas liberadas de su contrato o del servicio mientras siguen en Rusia.',
  'measureDefinition.detained':
    'Personas arrestadas o retenidas por su propio gobierno o por otro en relación con el reclutamiento ' +
    '(reclutadores o reclutas).',
  'measureDefinition.convicted':
    'Personas declaradas culpables por un tribunal por reclutamiento o por combatir para Rusia.',
  'measureDefinition.payment':
    'Dinero pagado o prometido: primas, salarios, indemnizaciones (con la unidad, como «USD al mes»).',
  'measureDefinition.sentence': 'Duración de una pena de prisión u otra sanción impuesta (con la unidad, como «años»).',
  'measureDefinition.other':
    'Cualquier otro número que cite el reportaje, descrito con las palabras de la propia cifra.',
  'basis.official': 'oficial',
  'basis.estimate': 'estimación',
  'basis.documented-minimum': 'mínimo documentado',
  'basis.unverified': 'no verificado',
  'basis.unknown': 'base desconocida',
  'basisDefinition.official': 'Un recuento oficial: lo afirma un gobierno, un ministerio o un organismo oficial.',
  'basisDefinition.estimate':
    'Una estimación de un investigador, periodista, servicio de inteligencia o funcionario, no un recuento.',
  'basisDefinition.documented-minimum':
    'Un mínimo documentado: personas identificadas por su nombre o confirmadas una a una, como cuentan Mediazona y ' +
    'BBC Russian.',
  'basisDefinition.unverified':
    'Una afirmación no verificada: un reclutador, una fuente anónima, una familia, una publicación en redes ' +
    'sociales.',
  'basisDefinition.unknown': 'El reportaje no dice cómo se obtuvo el número.',
  'span.total': 'total acumulado',
  'span.period': 'recuento de un solo periodo',
  'span.unknown': 'periodo desconocido',
  'side.russia': 'bando ruso',
  'side.ukraine': 'bando ucraniano',
  'side.both': 'ambos bandos juntos',
  'side.unknown': 'bando desconocido',
  'figure.atLeast': 'al menos {value}',
  'figure.atMost': 'como máximo {value}',
  'figure.range': '{low}–{high}',
  'figure.claimBy': '{claimant}, {date} ({basis})',
  'figures.col.figure': 'Cifra',
  'figures.col.measure': 'Medida',
  'figures.col.what': 'Qué',
  'figures.col.country': 'País',
  'figures.col.claimedBy': 'Según',
  'figures.col.asOf': 'Fecha de referencia',
  'figures.col.reportedIn': 'Publicada en',
  'figures.severalGlobal': 'Varios / mundial',
  'keyFigures.heading': 'Cifras clave',
  'keyFigures.intro':
    'Totales acumulados de ciudadanos de {name} en el bando ruso, según se afirman: la afirmación con fecha más ' +
    'reciente para cada medida y, cuando hay una afirmación más alta (con fecha o sin ella), la más alta ' +
    'registrada; el rango de todas esas afirmaciones, con fecha o sin ella; y cuántas fuentes las hicieron. Aquí ' +
    'se dejan fuera los recuentos de un solo periodo, las cifras de ambos bandos o del ucraniano y otras unidades; ' +
    'están en el registro de cifras más abajo. Las cifras son de sus fuentes, no las verificamos, y sus bases ' +
    'difieren ({howToReadLink}; {allCountriesLink}).',
  'keyFigures.howToRead': 'cómo leerlas',
  'keyFigures.allCountries': 'todos los países comparados',
  'keyFigures.caption': 'Cifras clave de {name}',
  'keyFigures.subject': 'ciudadanos de {name}',
  'keyFigures.col.measure': 'Medida',
  'keyFigures.col.latest': 'Afirmación más reciente',
  'keyFigures.col.range': 'Rango de afirmaciones',
  'keyFigures.col.claims': 'Afirmaciones',
  'keyFigures.claimsBy': '{claims} de {claimants}',
  'keyFigures.highestHeld': 'Afirmación más alta registrada:',
  'keyFigures.differ': '{measure}, las afirmaciones difieren:',
  'keyFigures.differPair': '{first} y {second}.',
  'keyFigures.differClaim': '{value} ({claimant}, {date})',
  'keyFigures.noClaim': 'Sin afirmaciones',
  'chart.caption': '{measure}: {subject}, totales acumulados afirmados a lo largo del tiempo',
  'chart.captionFull':
    '{caption} ({shown}{undated}). Cada marca es una afirmación; selecciónela para abrir su reportaje.',
  'chart.shownSome': 'las {shown} más recientes de {total} afirmaciones con fecha',
  'chart.undatedSome': 'las {shown} más altas de {total} afirmaciones sin fecha',
  'chart.undatedListed': '; {undated} listadas abajo',
  'chart.legendLabel': 'Formas de las marcas',
  'chart.markTitle': '{value}: {claim}',
  'chart.tableCaption': 'Las afirmaciones del gráfico, de la más reciente a la más antigua',
  'chart.col.asOf': 'Fecha de referencia',
  'chart.col.claim': 'Afirmación',
  'chart.col.claimedBy': 'Según',
  'chart.col.basis': 'Base',
  'chart.undatedIntro': 'Afirmaciones sin fecha, fuera del eje temporal ({undated}, de la más alta a la más baja):',
  'method.heading': 'Nota metodológica',
  'method.claimed':
    'Cada cifra es la que afirma la persona u organismo indicado, en la fecha indicada; la registramos, no la ' +
    'verificamos. Las afirmaciones sobre un mismo país a menudo no coinciden.',
  'method.comparable':
    'Aquí solo se cuentan afirmaciones comparables: totales acumulados hasta su fecha (no recuentos de un periodo, ' +
    'como «150 en diciembre»), de personas del bando ruso (no cifras del bando ucraniano ni de ambos bandos ' +
    'juntos), contadas en personas. Todo lo demás permanece en el registro de cifras de cada país y en los datos ' +
    'abiertos.',
  'method.latest':
    'La afirmación más reciente es la de fecha más tardía; una fecha conocida solo hasta el mes o el año cuenta ' +
    'como la mitad de ese mes o año. Cuando dos afirmaciones separadas por menos de {months} meses difieren en más ' +
    'de la mitad (la más alta supera {ratio} veces la más baja), la página del país lo indica.',
  'method.highest':
    'Un reportaje cuya fecha desconocemos puede recoger una cifra más alta que la más reciente con fecha. Por eso, ' +
    'junto a la afirmación más reciente damos la más alta registrada, con fecha o sin ella (un rango cuenta por su ' +
    'extremo superior), con su fuente y su fecha o «fecha desconocida», siempre que sea más alta. El rango de ' +
    'afirmaciones abarca todas las afirmaciones, con fecha o sin ella. Los gráficos solo sitúan en su eje temporal ' +
    'las afirmaciones con fecha; las demás se listan bajo el gráfico, de la más alta a la más baja.',
  'method.bases':
    'Las bases difieren, y un mínimo documentado no es una estimación: compare lo que es comparable. La base de ' +
    'cada afirmación es una de estas:',
  'method.measures': 'Las medidas comparadas:',
  'method.data':
    'Las mismas cifras clave están en {keyFiguresJsonLink}; todas las cifras, con su base, su periodo y su bando, ' +
    'están en {figuresCsvLink} y {figuresJsonLink}.',
  'home.intro':
    'Cada entrada es nuestro propio resumen breve de un reportaje publicado, con un enlace destacado al original, ' +
    'las cifras que cita y quién las afirmó.',
  'home.statsLabel': 'Recuentos principales',
  'home.browseLabel': 'Explorar',
  'home.byCountry': 'Por país',
  'home.keyFigures': 'Cifras clave',
  'home.bySource': 'Por fuente',
  'home.byTopic': 'Por tema',
  'home.byStory': 'Por historia',
  'home.filterLink': 'Filtrar todos los artículos por uno o varios países →',
  'home.latest.heading': 'Últimos reportajes',
  'home.latest.note': 'Por la fecha de publicación del original.',
  'home.allArticles': 'Todos los artículos ({articles}) →',
  'home.added.heading': 'Añadidos recientemente',
  'home.added.note': 'Por la fecha en que se añadió la entrada aquí.',
  'home.added.feedLink': 'Siga las nuevas entradas por feed',
  'home.added.meta': '({outlet}, {published}; añadido el {added})',
  'countries.title': 'Países',
  'countries.description':
    'Los {count} países cuyos ciudadanos aparecen en nuestra cobertura, con el número de artículos y de medios.',
  'countries.intro':
    'Nacionalidades a las que se refieren los reportajes que resumimos, de la más cubierta a la menos.',
  'countries.caption': 'Países por número de artículos',
  'countries.col.country': 'País',
  'countries.col.articles': 'Artículos',
  'countries.col.outlets': 'Medios',
  'countries.col.latest': 'Último reportaje',
  'country.description':
    'Reportajes sobre ciudadanos de {name} reclutados para el ejército de Rusia: {articles}, cifras y quién las ' +
    'publicó.',
  'country.fromOutlets': ', de {outlets}',
  'country.rssLink': 'Feed RSS de {name}',
  'country.figuresLink': 'Cifras clave por país',
  'country.stories.heading': 'Historias',
  'country.stories.all': 'Las {count} historias sobre {name}, de la más reciente a la más antigua →',
  'country.articles.heading': 'Artículos',
  'country.ledger.heading': 'Registro de cifras',
  'country.ledger.intro':
    'Todas las cifras publicadas sobre {name}, de la afirmación más antigua a la más reciente, para que las ' +
    'afirmaciones contradictorias queden una junto a otra. Cada cifra es tal como la afirma su fuente, sin ' +
    'verificar por nosotros.',
  'country.ledger.caption': 'Cifras publicadas sobre {name}',
  'country.ledger.captionCut': 'Las primeras {shown} de {count} cifras publicadas sobre {name}',
  'country.ledger.all': 'Las {count} cifras publicadas sobre {name}, {size} por página →',
  'country.coverage.heading': 'Quién lo cubrió',
  'country.coverage.intro':
    'Primero los medios con más reportajes, con el número de reportajes de cada uno sobre {name}.',
  'country.coverage.based': 'Medios con sede en {name}',
  'country.coverage.elsewhere': 'Medios de otros lugares',
  'country.coverage.none': 'Ninguno en nuestra cobertura.',
  'country.coverage.all': 'Los {count} medios que informaron sobre {name} →',
  'timeline.caption': 'Artículos sobre {name} por mes, {span} (máximo: {max} en un mes).',
  'timeline.undated': {
    one: '{count} artículo sin mes conocido no se muestra.',
    many: '{count} de artículos sin mes conocido no se muestran.',
    other: '{count} artículos sin mes conocido no se muestran.',
  },
  'countryFigures.title': 'Cifras publicadas sobre {name}',
  'countryFigures.description':
    'Todas las cifras publicadas sobre ciudadanos de {name}, de la afirmación más antigua a la más reciente: ' +
    '{figures}, cada una tal como la afirma su fuente.',
  'countryFigures.intro':
    'Todas las cifras publicadas sobre {countryLink}, de la afirmación más antigua a la más reciente, para que las ' +
    'afirmaciones contradictorias queden una junto a otra: {figures}. Cada cifra es tal como la afirma su fuente, ' +
    'sin verificar por nosotros.',
  'countrySources.title': 'Medios que informaron sobre {name}',
  'countrySources.description':
    'Todos los medios con un reportaje sobre ciudadanos de {name}, primero los que tienen más: {outlets}.',
  'countrySources.intro':
    'Todos los medios con un reportaje sobre {countryLink}, primero los que tienen más: {outlets}.',
  'countrySources.caption': 'Medios según su número de reportajes sobre {name}',
  'countrySources.col.outlet': 'Medio',
  'countrySources.col.basedIn': 'Sede',
  'countrySources.col.reports': 'Reportajes sobre {name}',
  'countryStories.title': 'Historias sobre {name}',
  'countryStories.description':
    'Todas las historias con un reportaje sobre ciudadanos de {name}, de la más reciente a la más antigua: ' +
    '{stories}.',
  'countryStories.intro':
    'Todas las historias con un reportaje sobre {countryLink}, de la más reciente a la más antigua: {stories}.',
  'countryStories.reports': '{reports} sobre {name}',
  'figures.title': 'Cifras clave por país',
  'figures.description':
    'La afirmación de total acumulado más reciente para cada país: reclutados, muertos, capturados y regresados, ' +
    'con quién la hizo, cuándo y con qué base.',
  'figures.intro':
    'Para cada país, la afirmación más reciente de un total acumulado de sus ciudadanos en el bando ruso que ' +
    'fueron reclutados, murieron, fueron capturados o regresaron, con quién la hizo, cuándo y con qué base, y a su ' +
    'lado la afirmación más alta registrada cuando es mayor, con fecha o sin ella. Cada número enlaza al reportaje ' +
    'del que procede. Son cifras de sus fuentes, no verificadas por nosotros: lea la {methodLink} antes de ' +
    'compararlas.',
  'figures.methodLink': 'nota metodológica',
  'figures.byCountry.heading': 'Por país',
  'figures.byCountry.caption':
    'Afirmación de total acumulado más reciente para cada país y medida, y la más alta cuando es mayor',
  'figures.compare.col.country': 'País',
  'figures.others': 'Totales acumulados solo de otras medidas (como desplegados o desaparecidos): {countries}.',
  'figures.global.heading': 'Afirmaciones mundiales y regionales',
  'figures.global.intro':
    'Cifras que no nombran un único país: extranjeros reclutados, muertos o capturados en total, o en una región ' +
    'como África o Asia Central. La descripción de cada afirmación indica lo que abarca, para que una cifra ' +
    'regional no se tome por una mundial. Los gráficos muestran cómo cambiaron con el tiempo las afirmaciones de ' +
    'las medidas principales.',
  'figures.global.caption': 'Cifras clave de los extranjeros en total y por región',
  'figures.global.subject': 'extranjeros en total y por región',
  'about.title': 'Acerca de',
  'about.description':
    'Qué incluye {site}, cómo se registran y atribuyen las cifras y cómo informar de una corrección.',
  'about.heading': 'Acerca de {site}',
  'about.intro':
    '{site} sigue los reportajes publicados sobre cómo Rusia recluta a ciudadanos extranjeros para su ejército: a ' +
    'quién recluta y de qué países, por qué vías, qué les ocurre y cómo responden sus gobiernos. Está pensado para ' +
    'periodistas, investigadores, trabajadores sociales, diplomáticos y las familias de los reclutas.',
  'about.included.heading': 'Qué se incluye y por qué',
  'about.included':
    'Incluimos reportajes de medios de comunicación, gobiernos, organizaciones internacionales e investigadores ' +
    'sobre ciudadanos extranjeros reclutados, o en el punto de mira del reclutamiento, para las fuerzas armadas de ' +
    'Rusia o sus fuerzas auxiliares desde 2022. Cada entrada trata de un reportaje publicado. Incluimos ' +
    'información de todas las partes, incluidos medios de Rusia y de Ucrania y medios estatales, y describimos ' +
    'cada medio en su página de fuente para que los lectores puedan valorarlo. Los reportajes de varios medios ' +
    'sobre un mismo hecho se agrupan en historias.',
  'about.summaries.heading': 'Nuestros resúmenes y los originales',
  'about.summaries':
    'Cada resumen está escrito con nuestras propias palabras. No reproducimos artículos; como mucho se cita una ' +
    'frase breve, entre comillas y atribuida. Cada entrada enlaza al reportaje original, mostrado de forma ' +
    'destacada con el medio, el titular original en su idioma, la fecha con la precisión que conocemos y el ' +
    'idioma. Cuando no conocemos una fecha o un titular, lo decimos en lugar de suponerlo.',
  'about.figures.heading': 'Cómo se registran las cifras',
  'about.figures':
    'Los números de los reportajes (reclutas, muertes, prisioneros, pagos, condenas) se registran como cifras. ' +
    'Cada cifra conserva quién la afirmó (la fuente) y cuándo se afirmó o a qué fecha se refiere («fecha de ' +
    'referencia»). Una cifra nunca es nuestra: es de su fuente, y las fuentes a menudo no coinciden. Las páginas ' +
    'de país listan todas las cifras de ese país de la más antigua a la más reciente, para que las afirmaciones ' +
    'contradictorias queden una junto a otra.',
  'about.measures.heading': 'Qué cuenta cada medida',
  'about.bases.heading': 'Qué tipo de número es',
  'about.bases':
    'Cada cifra registra también su base, si es un total acumulado o un recuento de un periodo, y a qué personas ' +
    'cuenta (del bando ruso, del ucraniano o de ambos juntos). Solo se comparan entre sí los totales acumulados de ' +
    'personas del bando ruso, del mismo tipo.',
  'about.keyFigures':
    'Las {keyFiguresLink} comparan solo totales acumulados de personas del bando ruso e indican dónde difieren ' +
    'afirmaciones de fechas parecidas. Cada una da la afirmación con fecha más reciente y, a su lado, la más alta ' +
    'registrada cuando es mayor, aunque no tenga fecha, con su fuente y su fecha o «fecha desconocida» ' +
    '({methodLink}).',
  'about.keyFiguresLink': 'cifras clave',
  'about.methodLink': 'nota metodológica',
  'about.data.heading': 'Datos abiertos',
  'about.data':
    'Los metadatos de cada artículo están disponibles en {articlesJsonLink}, el registro de cifras en ' +
    '{figuresCsvLink} y {figuresJsonLink}, y las cifras clave de cada país en {keyFiguresJsonLink}. Cada cifra ' +
    'tiene un identificador estable (el slug del artículo y la posición de la cifra), la URL de nuestro artículo y ' +
    'la URL de la fuente original. Feeds: {rssLink} y {jsonFeedLink}, y un feed RSS por país.',
  'about.licence.heading': 'Licencia y reutilización',
  'about.licence':
    'Nuestros resúmenes, cifras y datos se publican bajo la {licenceLink}: puede copiarlos, adaptarlos y volver a ' +
    'publicarlos, también con fines comerciales, si cita a {site} y enlaza la entrada. Los reportajes originales ' +
    'pertenecen a sus editores; siga el enlace de cada entrada para leerlos. El código del sitio está bajo la ' +
    'licencia MIT. Cada página de artículo ofrece una cita lista para usar de nuestra entrada y del reportaje ' +
    'original.',
  'about.licenceName': 'Creative Commons Atribución 4.0 Internacional (CC BY 4.0)',
  'about.corrections.heading': 'Cómo informar de una corrección',
  'about.corrections':
    'Si un resumen, una fecha, una cifra o una atribución es incorrecta, o un enlace ya no funciona, escríbanos a ' +
    '{emailLink} (cada página de artículo y de país tiene un enlace «Informar de un error» que rellena la ' +
    'dirección de la página), indicando la dirección de la página en este sitio, qué está mal y, si puede, una ' +
    'fuente que lo demuestre. Las correcciones se hacen en el archivo del artículo, se muestran en la página del ' +
    'artículo y se listan en la {correctionsLink}.',
  'about.correctionsLink': 'página de correcciones',
  'search.title': 'Búsqueda',
  'search.description': 'Busque en todos los resúmenes de artículos, con filtros por país, tema, medio e idioma.',
  'search.heading': 'Búsqueda',
  'search.noscript':
    'La búsqueda funciona en su navegador y necesita JavaScript. Sin él, explore {byCountryLink}, {byTopicLink} o ' +
    '{bySourceLink}.',
  'search.byCountry': 'por país',
  'search.byTopic': 'por tema',
  'search.bySource': 'por fuente',
  'search.pageFormLabel': 'Artículos, con orden y filtros',
  'search.order': 'Orden',
  'search.sort.best': 'Más relevantes',
  'search.sort.newest': 'Reportajes más recientes primero',
  'search.sort.oldest': 'Reportajes más antiguos primero',
  'search.filter.country': 'País',
  'search.filter.topic': 'Tema',
  'search.filter.outlet': 'Fuente',
  'search.filter.language': 'Idioma',
  'search.filter.any': 'Cualquiera',
  'search.firstShown': '{results}; se muestran los primeros {count}',
  'error.notFound.title': 'Página no encontrada',
  'error.notFound.description':
    'Esta página no existe. Busque artículos por país, con el buscador o desde la página de inicio.',
  'error.notFound.text':
    'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.',
  'error.notFound.home': 'Página de inicio',
  'error.notFound.articles': 'Todos los artículos',
  'error.notFound.countries': 'Artículos por país',
  'error.notFound.search': 'Búsqueda',
  'article.kicker': 'Resumen de un reportaje de {outlet}',
  'article.added': 'Añadido el {date}',
  'article.updated': 'Actualizado el {date}',
  'article.corrected': 'Corregido',
  'article.englishSummaryNote': 'Este resumen está en inglés.',
  'article.summary.heading': 'Nuestro resumen',
  'article.figures.heading': 'Cifras publicadas',
  'article.figures.caption': 'Cifras de este reportaje, con quién las afirmó y cuándo',
  'article.filed.heading': 'Clasificado en',
  'article.corrections.heading': 'Correcciones',
  'article.corrections.all': 'Todas las correcciones de este sitio',
  'article.cite.heading': 'Citar',
  'article.cite.entry': 'Esta entrada',
  'article.cite.original': 'El reportaje original',
  'article.others.heading': 'Otra cobertura de esta historia',
  'article.others.meta': '({outlet}, {date})',
  'article.source.heading': 'Fuente original',
  'article.source.outlet': 'Medio',
  'article.source.author': 'Autoría',
  'article.source.headline': 'Titular',
  'article.source.noHeadline': 'Titular original no registrado',
  'article.source.published': 'Publicado',
  'article.source.printedAs': '(fecha impresa: {original})',
  'article.source.dateBasis': 'Cómo la fechamos',
  'article.source.notBefore': 'no antes de {date}',
  'article.source.language': 'Idioma',
  'article.source.read': 'Leer el original en {outlet}',
  'article.source.archived': 'Copia archivada',
  'article.source.copies': 'También publicado por',
  'article.source.outletProfile': 'perfil del medio',
  'tags.countries': 'Países',
  'tags.none': 'Reclutas extranjeros en general',
  'tags.topics': 'Temas',
  'tags.story': 'Historia',
};
