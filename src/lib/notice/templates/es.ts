import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Spanish (usted). Terms follow the Spanish GDPR text (RGPD): responsable del tratamiento, interés
 * legítimo, derecho de oposición, autoridad de control, mercadotecnia directa. Citations in the
 * Regulation's own style, as the reply composer writes them: "artículo 6, apartado 1, letra f), del RGPD".
 */
export default {
  code: 'es',
  englishName: 'Spanish',
  nativeName: 'Español',
  locale: 'es-ES',
  labelSeparator: ': ',
  replyKeyword: 'no, gracias',
  regions: {
    eu: {
      legalBasis: 'artículo 6, apartado 1, letra f), del RGPD',
      representative: 'Nuestro representante en la UE (artículo 27 del RGPD): {representative}.',
      processedAbroad: 'Estamos establecidos en un tercer país ({country}), fuera del Espacio Económico Europeo, y tratamos allí sus datos.',
      transferNone: 'No transferimos sus datos fuera del Espacio Económico Europeo (EEE).',
      transferTo: 'Transferimos sus datos a un tercer país ({destination}).',
      transferToUnnamed: 'Transferimos sus datos a países situados fuera del Espacio Económico Europeo (EEE).',
      basis: {
        adequacy: 'Estas transferencias se basan en una decisión de adecuación de la Comisión Europea (artículo 45 del RGPD).',
        dpf: 'Los destinatarios son empresas estadounidenses certificadas conforme al Marco de Privacidad de Datos UE-EE. UU. (EU-U.S. Data Privacy Framework), objeto de una decisión de adecuación de la Comisión Europea (artículo 45 del RGPD).',
        scc: 'Estas transferencias se basan en las cláusulas contractuales tipo de la Comisión Europea (artículo 46, apartado 2, letra c), del RGPD).',
        bcr: 'Estas transferencias se basan en normas corporativas vinculantes (artículo 47 del RGPD).',
        derogation: 'Estas transferencias se basan en una excepción para situaciones específicas (artículo 49 del RGPD).',
      },
      complaint:
        'También tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el Estado miembro en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción.',
      complaintAuthority:
        'También tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el Estado miembro en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción. La autoridad de control de su país: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'artículo 6, apartado 1, letra f), del RGPD del Reino Unido (UK GDPR)',
      representative: 'Nuestro representante en el Reino Unido (artículo 27 del RGPD del Reino Unido): {representative}.',
      processedAbroad: 'Estamos establecidos en un tercer país ({country}), fuera del Reino Unido, y tratamos allí sus datos.',
      transferNone: 'No transferimos sus datos fuera del Reino Unido.',
      transferTo: 'Transferimos sus datos a un tercer país ({destination}).',
      transferToUnnamed: 'Transferimos sus datos a países situados fuera del Reino Unido.',
      basis: {
        adequacy: 'Estas transferencias están autorizadas por normas del Reino Unido adoptadas conforme al artículo 45A del RGPD del Reino Unido.',
        dpf: 'Los destinatarios son empresas estadounidenses certificadas conforme a la extensión británica del Marco de Privacidad de Datos UE-EE. UU. (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Estas transferencias se basan en el International Data Transfer Agreement del Reino Unido o en el anexo británico (UK Addendum) a las cláusulas contractuales tipo de la UE (artículo 46 del RGPD del Reino Unido).',
        bcr: 'Estas transferencias se basan en normas corporativas vinculantes (artículo 47 del RGPD del Reino Unido).',
        derogation: 'Estas transferencias se basan en una excepción para situaciones específicas (artículo 49 del RGPD del Reino Unido).',
      },
      complaint: 'También puede presentar una reclamación ante la autoridad de control del Reino Unido conforme a la sección 165 de la Data Protection Act 2018.',
      complaintAuthority: 'También puede presentar una reclamación ante la autoridad de control del Reino Unido conforme a la sección 165 de la Data Protection Act 2018: {authority}, {url}.',
      complaintToUs: 'Puede presentarnos una reclamación sobre el tratamiento de sus datos personales (sección 164A de la Data Protection Act 2018): escríbanos a {email}. Acusaremos recibo de su reclamación en un plazo de 30 días y le informaremos del resultado.',
      complaintToUsNoEmail: 'Puede presentarnos una reclamación sobre el tratamiento de sus datos personales (sección 164A de la Data Protection Act 2018). Acusaremos recibo de su reclamación en un plazo de 30 días y le informaremos del resultado.',
    },
  },
  dataCategories: {
    name: 'nombre',
    workEmail: 'dirección de correo electrónico profesional',
    jobTitle: 'cargo',
    company: 'empresa',
    phone: 'teléfono profesional',
    linkedin: 'URL de su perfil de LinkedIn',
    location: 'ubicación (ciudad y país)',
  },
  months: { one: '{n} mes', other: '{n} meses' },
  interests: {
    directMarketing: 'Nuestro interés legítimo consiste en ofrecer nuestros productos y servicios a las empresas para las que resultan pertinentes.',
    partnership: 'Nuestro interés legítimo consiste en desarrollar relaciones comerciales y alianzas con empresas de nuestro sector.',
    custom: 'Nuestro interés legítimo: {interest}.',
  },
  sources: {
    other: { withDetail: 'Sus datos de contacto proceden de la siguiente fuente: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Obtuvimos sus datos de contacto del sitio web de su empresa ({detail}), una fuente de acceso público.',
      withoutDetail: 'Obtuvimos sus datos de contacto del sitio web de su empresa, una fuente de acceso público.',
    },
    linkedin: {
      withDetail: 'Obtuvimos sus datos de contacto a través de su perfil público de LinkedIn ({detail}).',
      withoutDetail: 'Obtuvimos sus datos de contacto a través de su perfil público de LinkedIn.',
    },
    register: {
      withDetail: 'Obtuvimos sus datos de contacto de un registro público ({detail}).',
      withoutDetail: 'Obtuvimos sus datos de contacto de un registro público.',
    },
    vendor: {
      withDetail: 'Obtuvimos sus datos de contacto del proveedor de datos {detail}.',
      withoutDetail: 'Obtuvimos sus datos de contacto de un proveedor de datos.',
    },
    referral: {
      withDetail: 'Recibimos sus datos de contacto por recomendación de {detail}.',
      withoutDetail: 'Recibimos sus datos de contacto a través de una recomendación personal.',
    },
    event: {
      withDetail: 'Obtuvimos sus datos de contacto de la lista de participantes del evento {detail}.',
      withoutDetail: 'Obtuvimos sus datos de contacto de la lista de participantes de un evento.',
    },
    pattern: {
      withDetail:
        'Dedujimos nosotros mismos su dirección de correo electrónico profesional a partir de su nombre y del formato de dirección que su empresa utiliza públicamente. Encontramos ambos datos aquí: {detail}.',
      withoutDetail:
        'Dedujimos nosotros mismos su dirección de correo electrónico profesional a partir de su nombre y del formato de dirección que su empresa utiliza públicamente.',
    },
  },
  short: {
    whyGeneric: 'Le escribimos porque creemos que nuestra oferta es relevante para su puesto.',
    optOut: {
      reply: 'Si prefiere no recibir más mensajes nuestros, responda simplemente «{keyword}».',
      link: 'Si prefiere no recibir más mensajes nuestros, puede darse de baja aquí: {link}',
      both: 'Si prefiere no recibir más mensajes nuestros, responda simplemente «{keyword}» o dese de baja aquí: {link}',
    },
  },
  notice: {
    heading: 'Información sobre el tratamiento de sus datos personales',
    labels: {
      identity: 'Responsable del tratamiento',
      purpose: 'Finalidad y base jurídica',
      data: 'Categorías de datos',
      source: 'Origen de los datos',
      recipients: 'Destinatarios',
      transfers: 'Transferencias internacionales',
      retention: 'Plazo de conservación',
      rights: 'Sus derechos',
      automated: 'Decisiones automatizadas',
      more: 'Política de privacidad completa',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Contacto para cuestiones de privacidad: {email}.',
    dpo: 'Delegado de protección de datos: {dpo}.',
    purpose: 'Utilizamos sus datos para contactarle en relación con productos y servicios que pueden ser relevantes para su actividad profesional.',
    basis: 'La base jurídica es nuestro interés legítimo, conforme al {basis}.',
    data: 'Tratamos los siguientes datos sobre usted: {categories}.',
    recipientsNamed: 'Proveedores que tratan los datos por cuenta nuestra (encargados del tratamiento): {list}.',
    recipientsGeneric:
      'Solo proveedores que tratan los datos por cuenta nuestra (encargados del tratamiento), como nuestros proveedores de correo electrónico y de CRM.',
    emailPlatform: 'nuestra plataforma de envío de correo ({name})',
    crm: 'nuestro CRM ({name})',
    transferCopy: 'Puede obtener una copia de estas garantías escribiendo a {email}.',
    retentionMonths: 'Suprimimos sus datos {period} después de nuestro último contacto con usted.',
    suppression: 'Si se opone, conservamos únicamente su dirección de correo electrónico en una lista de exclusión, para no volver a contactarle nunca.',
    rights:
      'Tiene derecho a acceder a sus datos, a su rectificación y supresión, a la limitación del tratamiento, a la portabilidad de los datos y a oponerse al tratamiento.',
    rightsContact: 'Para ejercer estos derechos, escriba a {email}.',
    swissAuthority:
      'Conforme a la Ley federal suiza de protección de datos, también puede denunciar una presunta infracción ante la autoridad suiza de protección de datos: {authority}, {url}.',
    automated: 'No tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles.',
  },
  objection: {
    label: 'Su derecho de oposición',
    reply: 'Puede oponerse en cualquier momento al uso de sus datos con fines de mercadotecnia directa. Responda simplemente «{keyword}» y no volveremos a contactarle.',
    link: 'Puede oponerse en cualquier momento al uso de sus datos con fines de mercadotecnia directa. Utilice este enlace y no volveremos a contactarle: {link}',
    both: 'Puede oponerse en cualquier momento al uso de sus datos con fines de mercadotecnia directa. Responda «{keyword}» o utilice este enlace, y no volveremos a contactarle: {link}',
    email: 'También puede escribir a {email}.',
  },
  footer: {
    optOut: {
      reply: '¿No le interesa? Responda «{keyword}» y no volveremos a escribirle.',
      link: '¿No le interesa? Dese de baja aquí: {link}',
      both: '¿No le interesa? Responda «{keyword}» o dese de baja aquí: {link}',
    },
    privacyUrl: 'Cómo tratamos sus datos: {url}',
    privacyEmail: 'Consultas sobre privacidad: {email}',
  },
} satisfies NoticeTemplateInput;
