import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * French (vous). Terms follow the French GDPR text (RGPD): responsable du traitement, intérêt
 * légitime, droit d'opposition, autorité de contrôle, prospection. French typography puts a
 * non-breaking space (\u00a0) before ":", "?" and inside « ».
 */
export default {
  code: 'fr',
  englishName: 'French',
  nativeName: 'Français',
  locale: 'fr-FR',
  labelSeparator: '\u00a0: ',
  replyKeyword: 'non merci',
  regions: {
    eu: {
      legalBasis: 'article 6, paragraphe 1, point f), du RGPD',
      representative: 'Notre représentant dans l’UE (article 27 du RGPD)\u00a0: {representative}.',
      transferNone: 'Nous ne transférons pas vos données vers des pays situés hors de l’UE et de l’EEE.',
      transferAdequacy:
        'Vos données sont transférées vers un pays tiers ({destination}) qui bénéficie d’une décision d’adéquation de la Commission européenne (article 45 du RGPD).',
      transferAdequacyAnywhere:
        'Lorsque nous transférons vos données hors de l’UE et de l’EEE, c’est uniquement vers des pays qui bénéficient d’une décision d’adéquation de la Commission européenne (article 45 du RGPD).',
      transferScc:
        'Vos données sont transférées vers un pays tiers ({destination}) sur la base des clauses contractuelles types de la Commission européenne (article 46, paragraphe 2, point c), du RGPD).',
      transferSccAnywhere:
        'Lorsque nous transférons vos données hors de l’UE et de l’EEE, nous nous appuyons sur les clauses contractuelles types de la Commission européenne (article 46, paragraphe 2, point c), du RGPD).',
    },
    uk: {
      legalBasis: 'article 6, paragraphe 1, point f), du RGPD britannique (UK GDPR)',
      representative: 'Notre représentant au Royaume-Uni (article 27 du UK GDPR)\u00a0: {representative}.',
      transferNone: 'Nous ne transférons pas vos données vers des pays situés hors du Royaume-Uni.',
      transferAdequacy:
        'Vos données sont transférées vers un pays tiers ({destination}) couvert par la réglementation britannique sur l’adéquation (UK adequacy regulations).',
      transferAdequacyAnywhere:
        'Lorsque nous transférons vos données hors du Royaume-Uni, c’est uniquement vers des pays couverts par la réglementation britannique sur l’adéquation.',
      transferScc:
        'Vos données sont transférées vers un pays tiers ({destination}) sur la base de l’International Data Transfer Agreement britannique ou de l’avenant britannique (UK Addendum) aux clauses contractuelles types de l’UE.',
      transferSccAnywhere:
        'Lorsque nous transférons vos données hors du Royaume-Uni, nous nous appuyons sur l’International Data Transfer Agreement britannique ou sur l’avenant britannique (UK Addendum) aux clauses contractuelles types de l’UE.',
    },
  },
  dataCategories: {
    name: 'nom',
    workEmail: 'adresse e-mail professionnelle',
    jobTitle: 'fonction',
    company: 'entreprise',
    phone: 'numéro de téléphone professionnel',
    linkedin: 'URL de votre profil LinkedIn',
    location: 'localisation (ville et pays)',
  },
  months: { one: '{n}\u00a0mois', other: '{n}\u00a0mois' },
  interests: {
    directMarketing: 'Notre intérêt légitime consiste à proposer nos produits et services aux entreprises pour lesquelles ils sont pertinents.',
    partnership: 'Notre intérêt légitime consiste à développer des relations d’affaires et des partenariats avec des entreprises de notre secteur.',
    custom: 'Notre intérêt légitime\u00a0: {interest}.',
  },
  sources: {
    other: { withDetail: 'Vos coordonnées proviennent de la source suivante\u00a0: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Nous avons trouvé vos coordonnées sur le site web de votre entreprise ({detail}), une source accessible au public.',
      withoutDetail: 'Nous avons trouvé vos coordonnées sur le site web de votre entreprise, une source accessible au public.',
    },
    linkedin: {
      withDetail: 'Nous avons trouvé vos coordonnées grâce à votre profil LinkedIn public ({detail}).',
      withoutDetail: 'Nous avons trouvé vos coordonnées grâce à votre profil LinkedIn public.',
    },
    register: {
      withDetail: 'Nous avons obtenu vos coordonnées dans un registre public ({detail}).',
      withoutDetail: 'Nous avons obtenu vos coordonnées dans un registre public.',
    },
    vendor: {
      withDetail: 'Nous avons obtenu vos coordonnées auprès du fournisseur de données {detail}.',
      withoutDetail: 'Nous avons obtenu vos coordonnées auprès d’un fournisseur de données.',
    },
    referral: {
      withDetail: 'Vos coordonnées nous ont été transmises par {detail}, qui nous a recommandé de vous contacter.',
      withoutDetail: 'Vos coordonnées nous ont été transmises dans le cadre d’une recommandation personnelle.',
    },
    event: {
      withDetail: 'Nous avons obtenu vos coordonnées grâce à la liste des participants de l’événement {detail}.',
      withoutDetail: 'Nous avons obtenu vos coordonnées grâce à la liste des participants d’un événement.',
    },
  },
  short: {
    whyGeneric: 'Nous vous écrivons car nous pensons que notre offre correspond à vos fonctions.',
    optOut: {
      reply: 'Si vous ne souhaitez plus recevoir de messages de notre part, répondez simplement «\u00a0{keyword}\u00a0».',
      link: 'Si vous ne souhaitez plus recevoir de messages de notre part, vous pouvez vous désinscrire ici\u00a0: {link}',
      both: 'Si vous ne souhaitez plus recevoir de messages de notre part, répondez simplement «\u00a0{keyword}\u00a0» ou désinscrivez-vous ici\u00a0: {link}',
    },
  },
  notice: {
    heading: 'Informations sur le traitement de vos données personnelles',
    labels: {
      identity: 'Responsable du traitement',
      purpose: 'Finalité et base juridique',
      data: 'Catégories de données',
      source: 'Origine des données',
      recipients: 'Destinataires',
      transfers: 'Transferts internationaux',
      retention: 'Durée de conservation',
      rights: 'Vos droits',
      automated: 'Décisions automatisées',
      more: 'Politique de confidentialité complète',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Contact pour toute question relative à vos données\u00a0: {email}.',
    dpo: 'Délégué à la protection des données\u00a0: {dpo}.',
    purpose:
      'Nous utilisons vos données pour vous contacter au sujet de produits et services susceptibles de vous intéresser dans le cadre de votre activité professionnelle.',
    basis: 'La base juridique est notre intérêt légitime ({basis}).',
    data: 'Nous traitons les données suivantes vous concernant\u00a0: {categories}.',
    recipientsNamed: 'Les prestataires qui traitent les données pour notre compte (sous-traitants)\u00a0: {list}.',
    recipientsGeneric:
      'Uniquement les prestataires qui traitent les données pour notre compte (sous-traitants), tels que nos fournisseurs de messagerie et de CRM.',
    emailPlatform: 'notre plateforme d’envoi d’e-mails ({name})',
    crm: 'notre logiciel CRM ({name})',
    transferCopy: 'Vous pouvez obtenir une copie de ces garanties en écrivant à {email}.',
    retentionMonths: 'Nous supprimons vos données {period} après notre dernier contact avec vous.',
    suppression: 'Si vous vous opposez, nous conservons uniquement votre adresse e-mail dans une liste d’opposition, afin de ne plus jamais vous contacter.',
    rights:
      'Vous disposez d’un droit d’accès, de rectification, d’effacement et de limitation du traitement, d’un droit à la portabilité de vos données et du droit de vous opposer au traitement.',
    rightsContact: 'Pour exercer ces droits, écrivez à {email}.',
    complaint:
      'Vous avez également le droit d’introduire une réclamation auprès d’une autorité de contrôle, notamment dans le pays où vous résidez ou travaillez.',
    complaintAuthority:
      'Vous avez également le droit d’introduire une réclamation auprès d’une autorité de contrôle, notamment dans le pays où vous résidez ou travaillez, par exemple\u00a0: {authority} ({url}).',
    automated: 'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage.',
  },
  objection: {
    label: 'Votre droit d’opposition',
    reply:
      'Vous pouvez vous opposer à tout moment à l’utilisation de vos données à des fins de prospection. Répondez simplement «\u00a0{keyword}\u00a0» et nous ne vous contacterons plus.',
    link: 'Vous pouvez vous opposer à tout moment à l’utilisation de vos données à des fins de prospection. Utilisez ce lien et nous ne vous contacterons plus\u00a0: {link}',
    both: 'Vous pouvez vous opposer à tout moment à l’utilisation de vos données à des fins de prospection. Répondez simplement «\u00a0{keyword}\u00a0» ou utilisez ce lien, et nous ne vous contacterons plus\u00a0: {link}',
    email: 'Vous pouvez aussi écrire à {email}.',
  },
  footer: {
    optOut: {
      reply: 'Cela ne vous intéresse pas\u00a0? Répondez «\u00a0{keyword}\u00a0» et nous ne vous écrirons plus.',
      link: 'Cela ne vous intéresse pas\u00a0? Désinscrivez-vous ici\u00a0: {link}',
      both: 'Cela ne vous intéresse pas\u00a0? Répondez «\u00a0{keyword}\u00a0» ou désinscrivez-vous ici\u00a0: {link}',
    },
    privacyUrl: 'Protection de vos données\u00a0: {url}',
    privacyEmail: 'Questions sur vos données\u00a0: {email}',
  },
} satisfies NoticeTemplateInput;
