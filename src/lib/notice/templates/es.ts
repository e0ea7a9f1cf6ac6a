import type { NoticeTemplateInput } from '../template-schema.ts';

/** Spanish (usted). Terms follow the Spanish GDPR text (RGPD): responsable del tratamiento, interés legítimo, derecho de oposición, autoridad de control, mercadotecnia directa. */
export default {
  code: 'es',
  englishName: 'Spanish',
  nativeName: 'Español',
  locale: 'es-ES',
  labelSeparator: ': ',
  replyKeyword: 'no, gracias',
  regions: {
    eu: {
      legalBasis: 'artículo 6.1.f) del RGPD',
      representative: 'Nuestro representante en la UE (artículo 27 del RGPD): {representative}.',
      transferNone: 'No transferimos sus datos a países situados fuera de la UE y del EEE.',
      transferAdequacy:
        'Sus datos se transfieren a un tercer país ({destination}) que cuenta con una decisión de adecuación de la Comisión Europea (artículo 45 del RGPD).',
      transferAdequacyAnywhere:
        'Cuando transferimos sus datos fuera de la UE y del EEE, solo lo hacemos a países que cuentan con una decisión de adecuación de la Comisión Europea (artículo 45 del RGPD).',
      transferScc:
        'Sus datos se transfieren a un tercer país ({destination}) sobre la base de las cláusulas contractuales tipo de la Comisión Europea (artículo 46.2.c) del RGPD).',
      transferSccAnywhere:
        'Cuando transferimos sus datos fuera de la UE y del EEE, nos basamos en las cláusulas contractuales tipo de la Comisión Europea (artículo 46.2.c) del RGPD).',
    },
    uk: {
      legalBasis: 'artículo 6.1.f) del RGPD del Reino Unido (UK GDPR)',
      representative: 'Nuestro representante en el Reino Unido (artículo 27 del UK GDPR): {representative}.',
      transferNone: 'No transferimos sus datos a países situados fuera del Reino Unido.',
      transferAdequacy:
        'Sus datos se transfieren a un tercer país ({destination}) cubierto por la normativa de adecuación del Reino Unido (UK adequacy regulations).',
      transferAdequacyAnywhere:
        'Cuando transferimos sus datos fuera del Reino Unido, solo lo hacemos a países cubiertos por la normativa de adecuación del Reino Unido.',
      transferScc:
        'Sus datos se transfieren a un tercer país ({destination}) sobre la base del International Data Transfer Agreement del Reino Unido o del anexo británico (UK Addendum) a las cláusulas contractuales tipo de la UE.',
      transferSccAnywhere:
        'Cuando transferimos sus datos fuera del Reino Unido, nos basamos en el International Data Transfer Agreement del Reino Unido o en el anexo británico (UK Addendum) a las cláusulas contractuales tipo de la UE.',
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
    basis: 'La base jurídica es nuestro interés legítimo ({basis}).',
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
    complaint: 'También tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el país donde reside o trabaja.',
    complaintAuthority:
      'También tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el país donde reside o trabaja, por ejemplo: {authority} ({url}).',
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
