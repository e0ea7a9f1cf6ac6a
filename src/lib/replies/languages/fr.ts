import type { LanguagePackInput } from '../schema.ts';

/**
 * French. Terminology of the French version of the GDPR (RGPD): responsable du traitement,
 * intérêts légitimes, droit d'opposition, droit à l'effacement, autorité de contrôle, prospection.
 * Citations in the EU style: "article 6, paragraphe 1, point f), du RGPD". A no-break space
 * (U+00A0) comes before ":" and inside « », as French typography requires.
 */
const fr: LanguagePackInput = {
  code: 'fr',
  name: 'Français',
  englishName: 'French',
  locale: 'fr-FR',
  gdpr: { eu: 'RGPD', uk: 'RGPD britannique (UK GDPR)' },
  colon: '\u00a0: ',
  terminology: 'Version française du règlement (UE) 2016/679 (règlement général sur la protection des données, EUR-Lex).',
  detection: {
    stopwords: ['le', 'les', 'des', 'et', 'vous', 'votre', 'vos', 'mes', 'mon', 'je', 'pas', 'pour', 'avec', 'sur', 'est', 'une', 'qui', 'dans', 'merci', 'bonjour', 'cordialement', 'ne', 'plus', 'nous', 'suis', 'avez', 'êtes', 'ce', 'cette', 'du', 'au', 'aux', 'moi', 'où', 'sans', 'mais'],
    quoteMarkers: ['a écrit :', 'a écrit\u00a0:', 'a écrit:', "-----message d'origine-----", 'de :', 'de\u00a0:'],
    phrases: {
      legalBasis: [
        'de quel droit',
        'qui vous a autorisé',
        'sans mon consentement',
        'sans mon accord',
        "je n'ai jamais donné",
        'jamais consenti',
        'jamais accepté',
        'jamais inscrit',
        'jamais inscrite',
        'base légale',
        'fondement juridique',
        'est-ce légal',
        'est-ce autorisé',
        'intérêt légitime',
        "pourquoi m'écrivez-vous",
        'pourquoi me contactez-vous',
      ],
      source: [
        'où avez-vous obtenu',
        'où avez-vous trouvé',
        'où avez-vous eu',
        'où avez-vous récupéré',
        'comment avez-vous obtenu',
        'comment avez-vous eu',
        'comment avez-vous trouvé',
        "d'où proviennent",
        "d'où vient",
        "d'où tenez-vous",
        'source de mes données',
        'origine de mes données',
        'qui vous a donné mon',
        'qui vous a transmis',
        'article 14',
      ],
      access: [
        'quelles données avez-vous',
        'quelles données détenez-vous',
        'quelles informations avez-vous',
        'quelles données possédez-vous',
        'quelles données personnelles',
        "droit d'accès",
        "demande d'accès",
        'copie de mes données',
        'accès à mes données',
        'que savez-vous de moi',
        'article 15',
      ],
      rectification: [
        'rectifier mes données',
        'rectification',
        'corriger mes données',
        'mettre à jour mes',
        'mal orthographié',
        'erreur dans mon nom',
        'données inexactes',
        'informations erronées',
        'erroné',
        "n'est plus à jour",
        'ne travaille plus',
        "j'ai quitté",
        "quitté l'entreprise",
        'quitté la société',
        'article 16',
      ],
      erasure: [
        'supprimez mes données',
        'supprimer mes données',
        'suppression de mes données',
        'effacez mes données',
        'effacer mes données',
        'effacement',
        "droit à l'oubli",
        'supprimez toutes',
        'supprimer toutes',
        'de votre base de données',
        'supprimez mes coordonnées',
        'article 17',
      ],
      objection: [
        'désinscrire',
        'désinscrivez',
        'désinscription',
        'désabonner',
        'désabonnez',
        'désabonnement',
        'retirez-moi',
        'supprimez-moi de votre liste',
        'de votre liste',
        'de vos listes',
        'ne plus recevoir',
        "ne m'écrivez plus",
        'ne me contactez plus',
        "cessez de m'écrire",
        "arrêtez de m'écrire",
        "arrêtez de m'envoyer",
        "je m'oppose",
        'opposition',
        'stop',
        'article 21',
      ],
      notInterested: [
        'pas intéressé',
        'pas intéressés',
        'non merci',
        'pas de besoin',
        'aucun besoin',
        'pas besoin',
        'pas pertinent',
        'déjà un prestataire',
        'déjà une solution',
        'déjà équipés',
        'pas le bon interlocuteur',
        'pas pour nous',
        'pas le moment',
      ],
      complaint: [
        'plainte',
        'porter plainte',
        'réclamation',
        'cnil',
        'autorité de contrôle',
        'vous signaler',
        'je vais signaler',
        'avocat',
        'poursuites',
        'action en justice',
        'spam',
        'pourriel',
        'illégal',
        'violation du rgpd',
        'harcèlement',
      ],
    },
  },
  reply: {
    greeting: ['Bonjour {name},', 'Bonjour,'],
    thanks: ['Merci pour votre message du {receivedDate}.', 'Merci pour votre message.'],
    legalBasis: {
      answer: [
        [
          'Vous nous avez demandé sur quelle base nous vous avons écrit. Nous nous fondons sur nos intérêts légitimes, au sens de l’article 6, paragraphe 1, point f), du {gdpr}\u00a0: nous écrivons individuellement à des professionnels au sujet de produits en lien avec leur activité.',
        ],
        [['Ce que nous proposons\u00a0: {purpose}.'], ['Pourquoi nous vous avons écrit\u00a0: {interest}.']],
      ],
      offerObjection: [
        'Vous pouvez vous y opposer à tout moment en vertu de l’article 21, paragraphe 2, du {gdpr}\u00a0: il vous suffit de répondre «\u00a0stop\u00a0» et nous ne vous contacterons plus.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Nous avons obtenu vos données auprès de la source suivante\u00a0: {source} (le {sourceDate}).',
            'Nous avons obtenu vos données auprès de la source suivante\u00a0: {source}.',
            'Nous n’avons pas collecté vos données directement auprès de vous.',
          ],
          ['Données concernées\u00a0: {categories}.'],
        ],
      ],
      offerErasure: ['Si vous préférez que nous ne les conservions pas, dites-le-nous\u00a0: nous les effacerons et ne vous contacterons plus.'],
    },
    access: {
      intro: [
        'Vous nous avez demandé quelles données à caractère personnel nous détenons à votre sujet. Nous vous confirmons que nous traitons des données à caractère personnel vous concernant. Conformément à l’article 15 du {gdpr}, voici une copie de ces données ainsi que les informations auxquelles vous avez droit.',
      ],
      dataHeading: 'Les données à caractère personnel que nous détenons à votre sujet\u00a0:',
      items: {
        a: [
          'a) Finalités du traitement (sur la base de nos intérêts légitimes, article 6, paragraphe 1, point f), du {gdpr})\u00a0: {purpose}.',
          'a) Finalités du traitement\u00a0: vous présenter nos produits et services destinés aux entreprises (prospection), sur la base de nos intérêts légitimes (article 6, paragraphe 1, point f), du {gdpr}).',
        ],
        b: [
          'b) Catégories de données à caractère personnel concernées\u00a0: {categories}.',
          'b) Catégories de données à caractère personnel concernées\u00a0: les coordonnées professionnelles que nous avons utilisées pour vous écrire.',
        ],
        c: [
          'c) Destinataires\u00a0: {recipients}.',
          'c) Destinataires\u00a0: les prestataires qui envoient nos e-mails et hébergent nos contacts, agissant sur nos instructions en tant que sous-traitants.',
        ],
        d: ['d) Durée de conservation\u00a0: {retention}.', 'd) Durée de conservation\u00a0: nous ne conservons vos données que le temps nécessaire à cette finalité.'],
        e: 'e) Vous avez le droit de nous demander la rectification ou l’effacement de vos données à caractère personnel, ou une limitation du traitement, ainsi que le droit de vous opposer à ce traitement (articles 16, 17, 18 et 21 du {gdpr}).',
        f: 'f) Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle (voir ci-dessous).',
        g: [
          'g) Source des données\u00a0: {source} (obtenues le {sourceDate}).',
          'g) Source des données\u00a0: {source}.',
          'g) Source des données\u00a0: nous n’avons pas collecté vos données directement auprès de vous.',
        ],
        h: [
          'h) Prise de décision automatisée, y compris un profilage\u00a0: {automated}.',
          'h) Prise de décision automatisée, y compris un profilage\u00a0: nous ne prenons aucune décision vous concernant fondée exclusivement sur un traitement automatisé (article 22 du {gdpr}).',
        ],
      },
      outro: ['Cette copie est gratuite. Si vous la souhaitez dans un autre format, n’hésitez pas à nous le dire.'],
    },
    rectification: [
      [
        'Vous nous avez demandé de rectifier vos données.',
        ['Nous les avons rectifiées comme suit\u00a0: {correction}.', 'Nous les avons rectifiées comme vous l’avez demandé.'],
        'Si d’autres informations sont inexactes, indiquez-le-nous et nous les corrigerons dans les meilleurs délais (article 16 du {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Comme vous l’avez demandé, nous avons effacé vos données à caractère personnel de nos listes de contacts et de nos outils d’envoi d’e-mails (article 17 du {gdpr}), et nous ne vous contacterons plus.',
        ['Nous avons également informé les destinataires de vos données de cet effacement\u00a0: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Vous nous avez indiqué ne plus vouloir recevoir nos messages. Nous avons cessé tout envoi à votre adresse et ne traiterons plus vos données à des fins de prospection (article 21, paragraphes 2 et 3, du {gdpr}).',
        'Nous avons supprimé vos coordonnées de nos listes de prospection.',
      ],
    ],
    notInterested: [
      [
        'Merci de nous avoir répondu, et veuillez nous excuser pour le dérangement. Nous ne vous recontacterons pas à ce sujet et avons supprimé vos coordonnées de nos listes de prospection.',
      ],
    ],
    complaint: [
      [
        'Nous sommes désolés que notre e-mail vous ait causé cette gêne. Nous prenons la protection des données très au sérieux et souhaiterions pouvoir régler cette question directement avec vous.',
        'Vous restez bien entendu libre d’introduire à tout moment une réclamation auprès d’une autorité de contrôle (article 77 du {gdpr}).',
      ],
    ],
    suppression: {
      address: [
        'Pour éviter tout nouveau contact par erreur, nous conservons un seul élément\u00a0: votre adresse e-mail, dans notre liste d’opposition (liste «\u00a0ne pas contacter\u00a0»). Nous ne l’utilisons à aucune autre fin.',
      ],
      hash: [
        'Pour éviter tout nouveau contact par erreur, nous conservons un seul élément\u00a0: une empreinte (hachage SHA-256) de votre adresse e-mail, dans notre liste d’opposition. Elle nous permet de reconnaître votre adresse si elle figure dans une liste future, et nous ne l’utilisons à aucune autre fin.',
      ],
    },
    authority: [
      'Si notre réponse ne vous satisfait pas, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans le pays où vous résidez ou travaillez.',
      ['Pour votre pays ({country}), il s’agit de\u00a0: {authority} ({authorityUrl}).', 'Pour votre pays ({country}), il s’agit de\u00a0: {authority}.'],
    ],
    contact: [
      ['Pour toute autre question, écrivez-nous à {privacyEmail}.', 'Pour toute autre question, il vous suffit de répondre à cet e-mail.'],
      ['Vous pouvez également contacter notre délégué à la protection des données\u00a0: {dpo}.'],
      ['Notre représentant dans l’Union (article 27 du {gdpr})\u00a0: {euRepresentative}.'],
      ['Notre représentant au Royaume-Uni (article 27 du {gdpr})\u00a0: {ukRepresentative}.'],
      ['Notre politique de confidentialité complète\u00a0: {privacyNoticeUrl}'],
    ],
    closing: 'Bien cordialement,',
  },
};

export default fr;
