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
      processedAbroad: 'Nous sommes établis dans un pays tiers ({country}), hors de l’Espace économique européen, et y traitons vos données.',
      transferNone: 'Nous ne transférons pas vos données hors de l’Espace économique européen (EEE).',
      transferTo: 'Nous transférons vos données vers un pays tiers ({destination}).',
      transferToUnnamed: 'Nous transférons vos données vers des pays situés hors de l’Espace économique européen (EEE).',
      basis: {
        adequacy: 'Ces transferts reposent sur une décision d’adéquation de la Commission européenne (article 45 du RGPD).',
        dpf: 'Les destinataires sont des entreprises américaines certifiées au titre du cadre de protection des données UE-États-Unis (EU-U.S. Data Privacy Framework), qui fait l’objet d’une décision d’adéquation de la Commission européenne (article 45 du RGPD).',
        scc: 'Ces transferts reposent sur les clauses contractuelles types de la Commission européenne (article 46, paragraphe 2, point c), du RGPD).',
        bcr: 'Ces transferts reposent sur des règles d’entreprise contraignantes (article 47 du RGPD).',
        derogation: 'Ces transferts reposent sur une dérogation pour une situation particulière (article 49 du RGPD).',
      },
      complaint:
        'Vous avez également le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.',
      complaintAuthority:
        'Vous avez également le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise. L’autorité de contrôle de votre pays\u00a0: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'article 6, paragraphe 1, point f), du RGPD britannique (UK GDPR)',
      representative: 'Notre représentant au Royaume-Uni (article 27 du RGPD britannique)\u00a0: {representative}.',
      processedAbroad: 'Nous sommes établis dans un pays tiers ({country}), hors du Royaume-Uni, et y traitons vos données.',
      transferNone: 'Nous ne transférons pas vos données hors du Royaume-Uni.',
      transferTo: 'Nous transférons vos données vers un pays tiers ({destination}).',
      transferToUnnamed: 'Nous transférons vos données vers des pays situés hors du Royaume-Uni.',
      basis: {
        adequacy: 'Ces transferts sont autorisés par un règlement britannique pris en application de l’article 45A du RGPD britannique.',
        dpf: 'Les destinataires sont des entreprises américaines certifiées au titre de l’extension britannique du cadre de protection des données UE-États-Unis (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Ces transferts reposent sur l’International Data Transfer Agreement britannique ou sur l’avenant britannique (UK Addendum) aux clauses contractuelles types de l’UE (article 46 du RGPD britannique).',
        bcr: 'Ces transferts reposent sur des règles d’entreprise contraignantes (article 47 du RGPD britannique).',
        derogation: 'Ces transferts reposent sur une dérogation pour une situation particulière (article 49 du RGPD britannique).',
      },
      complaint: 'Vous pouvez également introduire une réclamation auprès de l’autorité de contrôle du Royaume-Uni en vertu de la section 165 du Data Protection Act 2018.',
      complaintAuthority: 'Vous pouvez également introduire une réclamation auprès de l’autorité de contrôle du Royaume-Uni en vertu de la section 165 du Data Protection Act 2018\u00a0: {authority}, {url}.',
      complaintToUs: 'Vous pouvez nous adresser une réclamation sur la manière dont nous traitons vos données à caractère personnel (section 164A du Data Protection Act 2018)\u00a0: écrivez à {email}. Nous en accuserons réception dans un délai de 30\u00a0jours et vous informerons de la suite donnée.',
      complaintToUsNoEmail: 'Vous pouvez nous adresser une réclamation sur la manière dont nous traitons vos données à caractère personnel (section 164A du Data Protection Act 2018). Nous en accuserons réception dans un délai de 30\u00a0jours et vous informerons de la suite donnée.',
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
    pattern: {
      withDetail:
        'Nous avons nous-mêmes établi votre adresse e-mail professionnelle à partir de votre nom et du format d’adresse que votre entreprise utilise publiquement. Nous avons trouvé ces deux informations ici\u00a0: {detail}.',
      withoutDetail:
        'Nous avons nous-mêmes établi votre adresse e-mail professionnelle à partir de votre nom et du format d’adresse que votre entreprise utilise publiquement.',
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
    basis: 'La base juridique est notre intérêt légitime, au sens de l’{basis}.',
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
    swissAuthority:
      'En vertu de la loi fédérale suisse sur la protection des données (LPD), vous pouvez aussi dénoncer une violation présumée à l’autorité suisse de protection des données\u00a0: {authority}, {url}.',
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
