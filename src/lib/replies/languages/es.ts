import type { LanguagePackInput } from '../schema.ts';

/**
 * Spanish. Terminology of the Spanish version of the GDPR (RGPD): responsable del tratamiento,
 * interés legítimo, derecho de oposición, derecho de supresión, autoridad de control,
 * mercadotecnia directa. Citations in the EU style: "artículo 6, apartado 1, letra f), del RGPD".
 */
const es: LanguagePackInput = {
  code: 'es',
  name: 'Español',
  englishName: 'Spanish',
  locale: 'es-ES',
  gdpr: { eu: 'RGPD', uk: 'RGPD del Reino Unido' },
  optOutKeyword: 'no, gracias',
  terminology: 'Versión española del Reglamento (UE) 2016/679 (Reglamento General de Protección de Datos, EUR-Lex).',
  detection: {
    stopwords: ['el', 'la', 'los', 'las', 'una', 'os', 'voy', 'vais', 'sois', 'habéis', 'tenéis', 'sobre', 'mí', 'todo', 'toda', 'ante', 'para', 'se', 'lo', 'y', 'que', 'mis', 'mi', 'por', 'con', 'es', 'su', 'sus', 'usted', 'ustedes', 'gracias', 'hola', 'saludos', 'me', 'del', 'han', 'tienen', 'cómo', 'dónde', 'esto', 'este', 'está', 'pero', 'muy', 'quiero', 'nuestro', 'nunca', 'ya', 'favor', 'datos', 'correo'],
    letters: 'ñ¿¡',
    quoteMarkers: ['escribió:', '-----mensaje original-----', 'de:'],
    patterns: {
      legalBasis: [
        'con qué derecho|con que derecho|quién les ha autorizado|quién le ha autorizado|quién te ha autorizado|quién os ha autorizado|quién les dio permiso|quién te dio permiso',
        'sin + consentimiento|permiso|autorización|mi acuerdo',
        'nunca|no + he dado|di|dado|consentido|autorizado|suscrito|registrado|apuntado|aceptado + consentimiento|permiso|autorización|nada',
        'nunca|no + consentí|he consentido|me he suscrito|me suscribí|me apunté|me he apuntado|me registré|autoricé|he autorizado|acepté',
        'base legal|base jurídica|base de legitimación|legitimación|interés legítimo|fundamento jurídico',
        'es|esto es + legal|lícito|legítimo|conforme al rgpd|legal esto',
        'por qué|porque + escriben|escribís|escribes|escribe|contactan|contactáis|contactas|contacta|recibo|mandan|mandáis|envían + me|a mí|mi|correo',
        'no solicitado|no solicitados|no solicitada|no solicitadas|no deseado|no deseados',
      ],
      source: [
        'de dónde|de donde|dónde|donde|cómo|como + sacado|sacaron|sacasteis|sacaste|obtenido|obtuvieron|obtuvisteis|conseguido|consiguieron|conseguiste|consiguió|conseguisteis|encontrado|encontraron|tienen|tenéis|tienes|han sacado|habéis sacado + correo|email|e mail|dirección|datos|contacto|teléfono|número|mi|mis',
        'quién|quien + les|os|te|le + dio|ha dado|dieron|pasó|ha pasado|facilitó|vendió + mi|mis|correo|datos|dirección|contacto',
        'origen|procedencia|fuente + datos|correo|dirección|contacto|mis',
        'comprado|compraron|comprasteis|adquirido + base|lista|datos|correo|dirección|mis',
        'artículo 14|art 14',
      ],
      access: [
        'qué|que|cuáles|cuales|todos los + datos|información|informacion|info + tienen|tenéis|tienes|guardan|guardáis|guardas|conservan|tratan|tratáis|almacenan|disponen|poseen|sobre mí|de mí + !borr*|elimin*|supr*|olvid*|quit*|base|derecho|dónde|donde|sacado|obtenido',
        'derecho de acceso|derecho a acceder|solicitud de acceso|acceso a mis datos|ejercer mi derecho de acceso',
        'copia + datos|mis|información',
        'artículo 15|art 15',
        'a quién|a quien|qué empresas|que empresas|a qué terceros|cesionarios|destinatarios + cedido|comunicado|vendido|pasado|facilitado|datos',
        'saber|conocer|indiquen|indíquenme|dígame|díganme|dime|decidme|informen + qué|que|cuáles + datos|información|tienen|sobre mí + !borr*|elimin*|supr*|dónde|donde|sacado',
      ],
      rectification: [
        'corrij*|corrig*|rectifiqu*|rectific*|actualic*|actualiz*|modifiqu*|modific*|cambi* + nombre|datos|cargo|puesto|dirección|correo|empresa|información|apellido',
        'mal escrito|incorrecto|incorrectos|incorrecta|erróneo|erróneos|errónea|equivocado|equivocada|desactualizado|desactualizados|obsoleto|obsoletos|no es correcto + nombre|datos|cargo|puesto|dirección|correo|empresa|información|apellido',
        'ya no trabajo|ya no estoy|no trabajo|no formo parte|ya no formo parte + en|con|para|de',
        'dejé la empresa|he dejado la empresa|dejé acme|ya no estoy en la empresa|salí de la empresa',
        'rectificación',
        'artículo 16|art 16',
        'desactualizados|obsoletos @0.5',
      ],
      erasure: [
        'borr*|bórr*|elimin*|elimín*|supr*|destru* + datos|mis|me|todo|toda|información|dirección|correo|contacto|ficha|perfil|registro + !por error|sin querer|reenvi*|lista|listas|mailing|boletín',
        'quit*|sac* + datos|base de datos|crm|sistema|sistemas|ficheros',
        'derecho al olvido|derecho de supresión|derecho a la supresión',
        'supresión + datos|mis|información',
        'artículo 17|art 17',
        'no + conserven|conservéis|guarden|guardéis|guardes|traten|tratéis + datos|mis|información',
        'de su base de datos|de vuestra base de datos|de tu base de datos',
      ],
      objection: [
        'darme de baja|denme de baja|dadme de baja|dame de baja|de baja|darse de baja|me doy de baja|dar de baja|deme de baja',
        'quit*|sac*|elimin*|borr* + me|mi + lista|listas|mailing|envíos|boletín|newsletter|campaña',
        'sáquenme|sacadme|sácame|quítenme|quitadme|quítame|bórrenme|borradme|bórrame|elimínenme|eliminadme|elimíname + lista|listas|mailing|envíos|boletín|newsletter|campaña',
        'no + escriban|escribáis|escribas|escriba|contacten|contactéis|contactes|contacte|manden|mandéis|mandes|envíen|enviéis|envíes + más|nada|me',
        'no me + escriban|escribáis|escribas|contacten|contactéis|contactes|manden|mandéis|mandes|envíen|enviéis|envíes|molesten|molestéis',
        'dejen|dejad|deja|deje + de + escribirme|escribir|contactarme|contactar|enviarme|enviar|mandarme|mandar|molestar|molestarme',
        'no quiero|no deseo|no queremos + recibir|más|que me|ser contactado|ser contactada',
        'ningún|ninguno|ni un|más + correo|correos|email|emails|mensaje|mensajes|mail|mails + más',
        'me opongo|nos oponemos|oposición|ejerzo mi derecho de oposición',
        'desuscrib*|unsubscrib*|desuscripción',
        'artículo 21|art 21',
        'stop|basta @0.5',
      ],
      notInterested: [
        'no + nos interesa|me interesa|interesa|interesados|interesada|interesado|estamos interesados|es relevante|es prioritario|es para nosotros|es el momento',
        'sin|ningún|ninguna + interés|necesidad',
        'no + necesitamos|necesito|hace falta',
        'ya + tenemos|tengo|contamos con|trabajamos con|usamos|utilizamos + proveedor|solución|herramienta|agencia|socio|empresa|alguien|uno|una|contrato',
        'no soy la persona|persona equivocada|no es mi área|no soy el responsable|no soy la responsable|no me corresponde',
        'ahora no|de momento no|por ahora no|quizás más adelante|quizá más adelante|en otro momento',
      ],
      complaint: [
        'denuncia|denunciar|denunciaré|reclamación|reclamar|queja|quejarme',
        'aepd|agencia española de protección de datos|autoridad de control|protección de datos|apdcat|avpd',
        'abogado|abogada|abogados|acciones legales|vía judicial|juzgado|tribunales|demanda',
        'esto es|es|puro|otro + spam|ilegal|acoso',
        'infracción|incumplimiento|violación|vulneración + rgpd|lopd|lopdgdd|ley|lssi',
        'vulner*|incumpl*|viol* + rgpd|lopd|lopdgdd|ley|lssi',
        'spam @0.5',
        'ilegal|acoso|multa|sanción @0.5',
      ],
      autoReply: [
        'de baja|de vacaciones|fuera de la oficina|fuera del despacho|ausente|de viaje|de permiso|no estoy en la oficina|de baja médica|de baja por maternidad|de baja por paternidad + hasta|del|desde|volveré|regreso|vuelta|a partir',
        'estoy de baja médica|estoy de baja|baja por maternidad|baja por paternidad|permiso de maternidad|permiso de paternidad',
        'respuesta automática|mensaje automático|fuera de la oficina|out of office|respuesta de ausencia|aviso de ausencia',
        'a mi regreso|a mi vuelta|cuando vuelva|cuando regrese|volveré el|me reincorporo|me reincorporaré|estaré de vuelta',
        'para asuntos urgentes|en caso de urgencia|para cualquier urgencia|si es urgente',
        'acceso limitado|sin acceso|no tengo acceso|no tendré acceso + correo|email|correos|mails',
      ],
    },
    filterPhrases: [
      'darme de baja',
      'denme de baja',
      'dadme de baja',
      'no me escriban más',
      'no me escribáis más',
      'dejen de escribirme',
      'no quiero recibir más correos',
      'me opongo',
      'bórrenme de su lista',
      'borren mis datos',
      'eliminen mis datos',
      'supriman mis datos',
      'derecho al olvido',
      'derecho de supresión',
      'desuscribirme',
    ],
  },
  reply: {
    greeting: ['Buenos días, {name}:', 'Buenos días:'],
    thanks: ['Gracias por su mensaje del {receivedDate}.', 'Gracias por su mensaje.'],
    legalBasis: {
      answer: [
        [
          'Nos pregunta con qué derecho nos pusimos en contacto con usted. Nos basamos en nuestro interés legítimo, conforme al artículo 6, apartado 1, letra f), del {gdpr}.',
        ],
        [['Lo que ofrecemos: {purpose}.'], ['Por qué le escribimos a usted: {interest}.']],
      ],
      oneAtATime: [
        'Escribimos a los profesionales de uno en uno, no mediante envíos masivos.',
      ],
      offerObjection: [
        'Puede oponerse a ello en cualquier momento, conforme al artículo 21, apartado 2, del {gdpr}: basta con que responda «{keyword}» y no volveremos a escribirle.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Obtuvimos sus datos de la siguiente fuente: {source} (el {sourceDate}).',
            'Obtuvimos sus datos de la siguiente fuente: {source}.',
            'No obtuvimos sus datos directamente de usted.',
          ],
          ['Datos afectados: {categories}.'],
        ],
      ],
      offerErasure: ['Si prefiere que no los conservemos, díganoslo: los suprimiremos y no volveremos a escribirle.'],
    },
    access: {
      intro: [
        'Nos pregunta qué datos personales tenemos sobre usted. Le confirmamos que tratamos datos personales que le conciernen. Conforme al artículo 15 del {gdpr}, le facilitamos una copia de esos datos y la información a la que tiene derecho.',
      ],
      introBeforeErasure: [
        'Nos pregunta qué datos personales tenemos sobre usted y nos pide que los suprimamos. Le confirmamos que tratamos datos personales que le conciernen. Conforme al artículo 15 del {gdpr}, a continuación encontrará una copia de esos datos y la información a la que tiene derecho; suprimiremos los datos en cuanto le hayamos enviado esta respuesta.',
      ],
      dataHeading: 'Los datos personales que tenemos sobre usted:',
      items: {
        a: [
          'a) Fines del tratamiento (sobre la base de nuestro interés legítimo, artículo 6, apartado 1, letra f), del {gdpr}): {purpose}.',
          'a) Fines del tratamiento: informarle sobre nuestros productos y servicios para empresas (mercadotecnia directa), sobre la base de nuestro interés legítimo (artículo 6, apartado 1, letra f), del {gdpr}).',
        ],
        b: ['b) Categorías de datos personales: {categories}.', 'b) Categorías de datos personales: los datos de contacto profesionales que utilizamos para escribirle.'],
        c: ['c) Destinatarios: {recipients}.', 'c) Destinatarios: {missing}.'],
        d: ['d) Plazo de conservación: {retention}.', 'd) Plazo de conservación: conservamos sus datos solo durante el tiempo necesario para esta finalidad.'],
        e: 'e) Tiene derecho a solicitarnos la rectificación o supresión de sus datos personales o la limitación de su tratamiento, así como a oponerse a dicho tratamiento (artículos 16, 17, 18 y 21 del {gdpr}).',
        f: [
          'f) Tiene derecho a presentar una reclamación ante una autoridad de control (artículo 77 del {gdpr}), en particular en el país en el que resida o trabaje o en el que se haya producido la supuesta infracción. En su país ({country}): {authority}, {authorityUrl}',
          'f) Tiene derecho a presentar una reclamación ante una autoridad de control (artículo 77 del {gdpr}), en particular en el país en el que resida o trabaje o en el que se haya producido la supuesta infracción. En su país ({country}): {authority}.',
          'f) Tiene derecho a presentar una reclamación ante una autoridad de control (artículo 77 del {gdpr}), en particular en el país en el que resida o trabaje o en el que se haya producido la supuesta infracción.',
        ],
        g: ['g) Origen de los datos: {source} (obtenidos el {sourceDate}).', 'g) Origen de los datos: {source}.', 'g) Origen de los datos: no obtuvimos sus datos directamente de usted.'],
        h: [
          'h) Decisiones automatizadas, incluida la elaboración de perfiles: {automated}.',
          'h) Decisiones automatizadas, incluida la elaboración de perfiles: no tomamos decisiones sobre usted basadas únicamente en un tratamiento automatizado (artículo 22 del {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) Tiene derecho a presentarnos una reclamación (sección 164A de la Data Protection Act 2018): escríbanos a {privacyEmail}. Acusaremos recibo en un plazo de 30 días y le informaremos del resultado.',
          'ea) Tiene derecho a presentarnos una reclamación (sección 164A de la Data Protection Act 2018): basta con que responda a este correo. Acusaremos recibo en un plazo de 30 días y le informaremos del resultado.',
        ],
        f: [
          'f) Tiene derecho a presentar una reclamación ante la autoridad de control del Reino Unido (sección 165 de la Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) Tiene derecho a presentar una reclamación ante la autoridad de control del Reino Unido (sección 165 de la Data Protection Act 2018): {authority}.',
          'f) Tiene derecho a presentar una reclamación ante la autoridad de control del Reino Unido (sección 165 de la Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Transferencias a terceros países (artículo 15, apartado 2, del {gdpr}): no transferimos sus datos personales fuera del Espacio Económico Europeo (EEE).',
          adequacy: [
            'Transferencias a terceros países (artículo 15, apartado 2, del {gdpr}): sus datos personales se transfieren a un tercer país ({destination}) respecto del cual la Comisión Europea ha adoptado una decisión de adecuación (artículo 45 del {gdpr}).',
            'Transferencias a terceros países (artículo 15, apartado 2, del {gdpr}): sus datos personales solo se transfieren a países respecto de los cuales la Comisión Europea ha adoptado una decisión de adecuación (artículo 45 del {gdpr}).',
          ],
          scc: [
            'Transferencias a terceros países (artículo 15, apartado 2, del {gdpr}): sus datos personales se transfieren a un tercer país ({destination}) sobre la base de las cláusulas tipo de protección de datos adoptadas por la Comisión Europea (artículo 46, apartado 2, letra c), del {gdpr}). Puede solicitarnos una copia.',
            'Transferencias a terceros países (artículo 15, apartado 2, del {gdpr}): sus datos personales se transfieren fuera del EEE sobre la base de las cláusulas tipo de protección de datos adoptadas por la Comisión Europea (artículo 46, apartado 2, letra c), del {gdpr}). Puede solicitarnos una copia.',
          ],
          unknown: 'Transferencias a terceros países (artículo 15, apartado 2, del {gdpr}): {missing}.',
        },
        uk: {
          none: 'Transferencias fuera del Reino Unido (artículo 15, apartado 2, del {gdpr}): no transferimos sus datos personales fuera del Reino Unido.',
          adequacy: [
            'Transferencias fuera del Reino Unido (artículo 15, apartado 2, del {gdpr}): sus datos personales se transfieren a un tercer país ({destination}) al que las transferencias están autorizadas por un reglamento británico (artículo 45A del {gdpr}).',
            'Transferencias fuera del Reino Unido (artículo 15, apartado 2, del {gdpr}): sus datos personales solo se transfieren a países a los que las transferencias están autorizadas por un reglamento británico (artículo 45A del {gdpr}).',
          ],
          scc: [
            'Transferencias fuera del Reino Unido (artículo 15, apartado 2, del {gdpr}): sus datos personales se transfieren a un tercer país ({destination}) sobre la base del International Data Transfer Agreement o del anexo británico (UK Addendum) a las cláusulas contractuales tipo de la UE (artículo 46 del {gdpr}). Puede solicitarnos una copia.',
            'Transferencias fuera del Reino Unido (artículo 15, apartado 2, del {gdpr}): sus datos personales se transfieren fuera del Reino Unido sobre la base del International Data Transfer Agreement o del anexo británico (UK Addendum) a las cláusulas contractuales tipo de la UE (artículo 46 del {gdpr}). Puede solicitarnos una copia.',
          ],
          unknown: 'Transferencias fuera del Reino Unido (artículo 15, apartado 2, del {gdpr}): {missing}.',
        },
      },
      outro: ['Esta copia es gratuita. Si la desea en otro formato, no dude en indicárnoslo.'],
    },
    rectification: [
      [
        'Nos pidió que rectificáramos sus datos.',
        ['Los hemos rectificado de la siguiente manera: {correction}.', 'Los hemos rectificado según nos indicó.'],
        'Si algún otro dato es inexacto, díganoslo y lo corregiremos sin dilación (artículo 16 del {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Tal como nos pidió, hemos suprimido sus datos personales de nuestras listas de contactos y de nuestras herramientas de correo electrónico (artículo 17 del {gdpr}), y no volveremos a escribirle.',
        ['También hemos comunicado la supresión a los destinatarios de sus datos: {recipients}.'],
      ],
    ],
    erasureAfterAccess: [
      [
        'Tal como nos pidió, suprimiremos sus datos personales de nuestras listas de contactos y de nuestras herramientas de correo electrónico en cuanto le hayamos enviado esta respuesta (artículo 17 del {gdpr}), y no volveremos a escribirle.',
        ['También comunicaremos la supresión a los destinatarios de sus datos: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Nos ha indicado que no desea recibir más mensajes nuestros. Hemos dejado de enviarle correos y ya no trataremos sus datos con fines de mercadotecnia directa (artículo 21, apartados 2 y 3, del {gdpr}).',
        'Hemos eliminado sus datos de nuestras listas de prospección.',
      ],
    ],
    notInterested: [
      [
        'Gracias por hacérnoslo saber, y disculpe la molestia. No volveremos a escribirle sobre este tema y hemos eliminado sus datos de nuestras listas de prospección.',
      ],
    ],
    complaint: [
      [
        'Lamentamos que nuestro correo le haya causado molestias. Nos tomamos muy en serio la protección de datos y nos gustaría resolver esta cuestión directamente con usted.',
      ],
    ],
    suppression: {
      address: [
        'Para no volver a escribirle por error, conservamos un único dato: su dirección de correo electrónico, en nuestra lista de exclusión. No la utilizamos para ningún otro fin.',
      ],
      hash: [
        'Para no volver a escribirle por error, conservamos un único dato: un hash (una huella SHA-256) de su dirección de correo electrónico, en nuestra lista de exclusión. Nos permite reconocer su dirección si aparece en una lista futura, y no lo utilizamos para ningún otro fin.',
      ],
    },
    authority: [
      'Si nuestra respuesta no le satisface, tiene derecho a presentar una reclamación ante una autoridad de control (artículo 77 del {gdpr}), en particular en el país en el que resida o trabaje o en el que se haya producido la supuesta infracción.',
      ['En su país ({country}): {authority}, {authorityUrl}', 'En su país ({country}): {authority}.'],
    ],
    authorityUk: [
      'Si nuestra respuesta no le satisface, puede presentarnos una reclamación (sección 164A de la Data Protection Act 2018) y presentar una reclamación ante la autoridad de control del Reino Unido (sección 165 de la misma ley).',
      ['Autoridad de control del Reino Unido: {authority}, {authorityUrl}', 'Autoridad de control del Reino Unido: {authority}.'],
    ],
    contact: [
      ['Si tiene cualquier otra pregunta, escríbanos a {privacyEmail}.', 'Si tiene cualquier otra pregunta, basta con que responda a este correo.'],
      ['También puede ponerse en contacto con nuestro delegado de protección de datos: {dpo}.'],
      ['Nuestro representante en la Unión (artículo 27 del {gdpr}): {euRepresentative}.'],
      ['Nuestro representante en el Reino Unido (artículo 27 del {gdpr}): {ukRepresentative}.'],
      ['Nuestra política de privacidad completa: {privacyNoticeUrl}'],
    ],
    closing: 'Un cordial saludo,',
    missing: '[pendiente de completar]',
    categories: {
      name: 'nombre',
      email: 'dirección de correo electrónico',
      phone: 'número de teléfono',
      company: 'empresa',
      jobTitle: 'cargo',
      profile: 'perfil profesional (por ejemplo, LinkedIn)',
      website: 'sitio web de la empresa',
      location: 'ubicación',
      industry: 'sector',
    },
  },
};

export default es;
