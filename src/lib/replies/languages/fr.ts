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
  gdpr: { eu: 'RGPD', uk: 'RGPD britannique' },
  colon: '\u00a0: ',
  optOutKeyword: 'non merci',
  terminology: 'Version française du règlement (UE) 2016/679 (règlement général sur la protection des données, EUR-Lex).',
  detection: {
    stopwords: ['le', 'les', 'des', 'et', 'vous', 'votre', 'vos', 'mes', 'mon', 'je', 'pas', 'pour', 'avec', 'sur', 'est', 'une', 'qui', 'dans', 'merci', 'bonjour', 'cordialement', 'ne', 'plus', 'nous', 'suis', 'avez', 'êtes', 'ce', 'cette', 'du', 'au', 'aux', 'moi', 'où', 'sans', 'mais'],
    letters: 'çêâîôûëïœ',
    quoteMarkers: ['a écrit :', 'a écrit\u00a0:', 'a écrit:', "-----message d'origine-----", 'de :', 'de\u00a0:'],
    patterns: {
      legalBasis: [
        'de quel droit|a quel titre|qui vous a autorisé|qui t a autorisé|qui vous a permis|qui vous a donné le droit',
        'sans + consentement|accord|autorisation|permission',
        'jamais|pas + consenti|accepté|inscrit|inscrite|abonné|abonnée|autorisé|donné mon accord|donné mon consentement|demandé',
        'base légale|base juridique|fondement juridique|fondement légal|intérêt légitime',
        'est ce|c est|est il|c est vraiment + légal|autorisé|permis|conforme|licite',
        'conforme au rgpd|conforme rgpd|respecte le rgpd',
        'pourquoi + écrivez|écris|écrivez vous|contactez|contactes|contacter|m écrire|recevoir|reçois|je reçois|m envoyez|m envoies',
        'non sollicité|non sollicités|non sollicitée|non sollicitées',
      ],
      source: [
        'où|ou|comment|d où + obtenu|trouvé|eu|récupéré|eue|eues|pris|dégoté|chopé|acheté|tenez|tiens|provien*|vient|viennent + adresse|coordonnées|données|mail|email|contact|numéro|infos|informations|mon|mes|ma',
        'd où + tenez|tiens|proviennent|provient|vient|viennent|sortez|sortent|sort',
        'qui + vous a|t a|vous ont + donné|transmis|fourni|vendu|communiqué|refilé',
        'source|origine|provenance + données|adresse|coordonnées|informations|mes',
        'acheté|achetez|loué|acquis + fichier|liste|base|adresse|données|coordonnées',
        'article 14|art 14',
      ],
      access: [
        'quelles|quels|quelle|toutes les + données|informations|infos|coordonnées|éléments + détenez|détiens|avez|as|conservez|conserves|stockez|traitez|possédez|gardez|collecté|collectées|sur moi + !supprim*|effac*|retir*|oubli*|détruir*|base|droit|fondement|où|d où|provien*',
        'ce que + vous savez|vous avez|tu as|tu sais|vous détenez|vous conservez + sur moi|à mon sujet|me concernant + !supprim*|effac*|retir*|oubli*',
        'droit d accès|droit d acces|demande d accès|demande d acces|accès à mes données|acceder à mes données|accéder à mes données',
        'copie + données|mes|informations|dossier',
        'article 15|art 15',
        'à qui|a qui|quels destinataires|quelles sociétés|quelles entreprises|quels tiers + transmis|communiqué|vendu|partagé|cédé|donné',
        'savoir|connaître|communiquer|indiquer|indiquez|dites + quelles|quels|ce que + données|informations|détenez|avez|sur moi + !supprim*|effac*|d où|où|provien*',
      ],
      rectification: [
        'corrig*|rectifi*|mettre à jour|mettez à jour|modifi*|mette à jour|actualis* + nom|données|coordonnées|titre|poste|fonction|adresse|société|entreprise|informations|orthographe|fiche',
        'erroné*|incorrect*|inexact*|faux|fausse|pas à jour|plus à jour|obsolète*|mal orthographié|mal écrit + nom|données|coordonnées|titre|poste|fonction|adresse|société|informations|fiche|orthographié|écrit',
        'ne travaille plus|je ne suis plus|ne fais plus partie|n y travaille plus|plus chez|plus dans|n y suis plus',
        'quitté + société|entreprise|poste|boîte|acme|groupe',
        'rectification',
        'article 16|art 16',
        'obsolète*|erroné* @0.5',
      ],
      erasure: [
        'supprim*|effac*|détrui*|détruisez|purg* + données|mes|me|moi|tout|toutes|informations|infos|coordonnées|adresse|fiche|contact|dossier|profil|ce que + !par erreur|par mégarde|renvoy*|transf*|liste|listes|mailing|newsletter',
        'retir* + données|coordonnées|informations|fichier|base|bases|crm|système|systèmes',
        'droit à l oubli|droit a l oubli|droit à l effacement|droit a l effacement|droit d effacement',
        'effacement|suppression + données|coordonnées|informations|mes|compte|profil|fiche',
        'article 17|art 17',
        'ne plus + conserver|garder|stocker|traiter|détenir + données|mes|informations|coordonnées',
        'de votre base|de vos bases|de votre fichier|de votre crm|de vos fichiers',
      ],
      objection: [
        'désinscri*|desinscri*|désabonn*|desabonn*|unsubscrib*|désinscription|désabonnement',
        'retir*|enlev*|supprim*|sortir|sortez|sors + me|moi + liste|listes|fichier|mailing|newsletter|diffusion|envois',
        'de votre liste|de vos listes|de ta liste|de la liste|de votre mailing|liste de diffusion',
        'ne plus + écrire|m écrire|contacter|me contacter|recevoir|envoyer|m envoyer|solliciter|me solliciter',
        'ne + écrivez|écris|contactez|contacte|envoyez|envoie|sollicitez + plus|pas',
        'arrêtez|arrête|cessez|cesse|stop + écrire|m écrire|envoyer|m envoyer|contacter|me contacter|mails|emails|messages|spammer|spam',
        'plus de|aucun autre|aucun|pas d autres + mails|emails|messages|courriels|sollicitations|envois',
        'souhaite|veux|voudrais|désire + plus|pas + recevoir|être contacté|être contactée|être sollicité|être sollicitée',
        'je m oppose|m y oppose|opposition|je m opposer|j exerce mon droit d opposition',
        'laissez moi tranquille|laisse moi tranquille|fichez moi la paix|foutez moi la paix',
        'article 21|art 21',
        'stop @0.5',
      ],
      notInterested: [
        'pas|plus|aucunement + intéressé|intéressée|intéressés|intéressées|d intérêt|pertinent|concerné|concernée|prioritaire',
        'aucun|pas d|pas de|sans + intérêt|besoin|besoins',
        'pas besoin|n avons pas besoin|n ai pas besoin|pas le besoin|aucun besoin',
        'déjà + prestataire|fournisseur|solution|outil|partenaire|agence|contrat|équipé|équipés|quelqu un|satisfaits|satisfait|ce qu il faut|un|une',
        'pas le bon|pas la bonne|mauvais + interlocuteur|interlocutrice|personne|moment|contact',
        'pas pour nous|pas pour moi|pas maintenant|pas pour le moment|pas en ce moment|peut être plus tard',
        'merci mais non|non merci pas|très peu pour nous|ça ne nous intéresse pas|ca ne nous intéresse pas',
      ],
      complaint: [
        'plainte|porter plainte|porte plainte|réclamation|plaindre|plains',
        'cnil|autorité de contrôle|autorité de protection|signal spam|signal-spam|dgccrf',
        'signal* + vous|cnil|spam|abus|autorités|ça|cela',
        'avocat|avocate|juriste|justice|tribunal|poursuites|poursuivre|mise en demeure|action en justice',
        'c est|ceci est|du|encore du + spam|illégal|illégale|harcèlement|pourriel',
        'violation|infraction|non respect|contraire + rgpd|loi|cpce|code des postes',
        'viol* + rgpd|loi',
        'spam|pourriel @0.5',
        'illégal|illégale|harcèlement|amende @0.5',
      ],
      autoReply: [
        'absent|absente|en congé|en congés|en vacances|en déplacement|hors du bureau|en arrêt|en arrêt maladie|en congé maternité|en congé parental + jusqu|retour|reviendrai|de retour|à partir|du|au',
        'réponse automatique|message automatique|message d absence|absence du bureau|out of office|réponse d absence',
        'je serai de retour|de retour le|de retour au bureau|je reviens le|je reprendrai|dès mon retour|à mon retour',
        'en cas d urgence|pour toute urgence|pour les urgences|en cas d urgences|pour toute demande urgente',
        'accès limité|pas accès|pas d accès|aucun accès + mails|messagerie|e mails|emails|courriels',
        'ne sera pas transféré|ne sera pas lu|ne seront pas transférés|ne sera pas traité',
      ],
    },
    filterPhrases: [
      'désinscrire',
      'désinscrivez-moi',
      'me désabonner',
      'désabonnez-moi',
      'retirez-moi de votre liste',
      'ne plus recevoir',
      'ne plus m’écrire',
      'ne me contactez plus',
      'arrêtez de m’écrire',
      'je m’oppose',
      'supprimez mes données',
      'effacer mes données',
      'suppression de mes données',
      'droit à l’oubli',
      'droit à l’effacement',
    ],
  },
  reply: {
    greeting: ['Bonjour {name},', 'Bonjour,'],
    thanks: ['Merci pour votre message du {receivedDate}.', 'Merci pour votre message.'],
    legalBasis: {
      answer: [
        [
          'Vous nous avez demandé sur quelle base nous vous avons écrit. Nous nous fondons sur nos intérêts légitimes, au sens de l’article 6, paragraphe 1, point f), du {gdpr}.',
        ],
        [['Ce que nous proposons\u00a0: {purpose}.'], ['Pourquoi nous vous avons écrit\u00a0: {interest}.']],
      ],
      oneAtATime: [
        'Nous écrivons aux professionnels un par un, et non par envois en nombre.',
      ],
      offerObjection: [
        'Vous pouvez vous y opposer à tout moment en vertu de l’article 21, paragraphe 2, du {gdpr}\u00a0: il vous suffit de répondre «\u00a0{keyword}\u00a0» et nous ne vous contacterons plus.',
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
      introBeforeErasure: [
        'Vous nous avez demandé quelles données à caractère personnel nous détenons à votre sujet, et de les effacer. Nous vous confirmons que nous traitons des données à caractère personnel vous concernant. Conformément à l’article 15 du {gdpr}, vous trouverez ci-dessous une copie de ces données ainsi que les informations auxquelles vous avez droit\u00a0; nous effacerons ces données dès l’envoi de cette réponse.',
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
        c: ['c) Destinataires\u00a0: {recipients}.', 'c) Destinataires\u00a0: {missing}.'],
        d: ['d) Durée de conservation\u00a0: {retention}.', 'd) Durée de conservation\u00a0: nous ne conservons vos données que le temps nécessaire à cette finalité.'],
        e: 'e) Vous avez le droit de nous demander la rectification ou l’effacement de vos données à caractère personnel, ou une limitation du traitement, ainsi que le droit de vous opposer à ce traitement (articles 16, 17, 18 et 21 du {gdpr}).',
        f: [
          'f) Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle (article 77 du {gdpr}), en particulier dans le pays où vous résidez ou travaillez, ou dans celui où la violation aurait été commise. Pour votre pays ({country})\u00a0: {authority}, {authorityUrl}',
          'f) Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle (article 77 du {gdpr}), en particulier dans le pays où vous résidez ou travaillez, ou dans celui où la violation aurait été commise. Pour votre pays ({country})\u00a0: {authority}.',
          'f) Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle (article 77 du {gdpr}), en particulier dans le pays où vous résidez ou travaillez, ou dans celui où la violation aurait été commise.',
        ],
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
      itemsUk: {
        ea: [
          'ea) Vous avez le droit de nous adresser une réclamation (section 164A du Data Protection Act 2018)\u00a0: écrivez à {privacyEmail}. Nous en accuserons réception dans un délai de 30\u00a0jours et vous informerons de la suite donnée.',
          'ea) Vous avez le droit de nous adresser une réclamation (section 164A du Data Protection Act 2018)\u00a0: il vous suffit de répondre à cet e-mail. Nous en accuserons réception dans un délai de 30\u00a0jours et vous informerons de la suite donnée.',
        ],
        f: [
          'f) Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle du Royaume-Uni (section 165 du Data Protection Act 2018)\u00a0: {authority}, {authorityUrl}',
          'f) Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle du Royaume-Uni (section 165 du Data Protection Act 2018)\u00a0: {authority}.',
          'f) Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle du Royaume-Uni (section 165 du Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Transferts vers des pays tiers (article 15, paragraphe 2, du {gdpr})\u00a0: nous ne transférons pas vos données à caractère personnel hors de l’Espace économique européen (EEE).',
          adequacy: [
            'Transferts vers des pays tiers (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel sont transférées vers un pays tiers ({destination}) ayant fait l’objet d’une décision d’adéquation de la Commission européenne (article 45 du {gdpr}).',
            'Transferts vers des pays tiers (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel ne sont transférées que vers des pays ayant fait l’objet d’une décision d’adéquation de la Commission européenne (article 45 du {gdpr}).',
          ],
          scc: [
            'Transferts vers des pays tiers (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel sont transférées vers un pays tiers ({destination}) sur la base des clauses types de protection des données adoptées par la Commission européenne (article 46, paragraphe 2, point c), du {gdpr}). Vous pouvez nous en demander une copie.',
            'Transferts vers des pays tiers (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel sont transférées hors de l’EEE sur la base des clauses types de protection des données adoptées par la Commission européenne (article 46, paragraphe 2, point c), du {gdpr}). Vous pouvez nous en demander une copie.',
          ],
          unknown: 'Transferts vers des pays tiers (article 15, paragraphe 2, du {gdpr})\u00a0: {missing}.',
        },
        uk: {
          none: 'Transferts hors du Royaume-Uni (article 15, paragraphe 2, du {gdpr})\u00a0: nous ne transférons pas vos données à caractère personnel hors du Royaume-Uni.',
          adequacy: [
            'Transferts hors du Royaume-Uni (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel sont transférées vers un pays tiers ({destination}) vers lequel les transferts sont autorisés par un règlement britannique (article 45A du {gdpr}).',
            'Transferts hors du Royaume-Uni (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel ne sont transférées que vers des pays vers lesquels les transferts sont autorisés par un règlement britannique (article 45A du {gdpr}).',
          ],
          scc: [
            'Transferts hors du Royaume-Uni (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel sont transférées vers un pays tiers ({destination}) sur la base de l’International Data Transfer Agreement ou de l’avenant britannique (UK Addendum) aux clauses contractuelles types de l’UE (article 46 du {gdpr}). Vous pouvez nous en demander une copie.',
            'Transferts hors du Royaume-Uni (article 15, paragraphe 2, du {gdpr})\u00a0: vos données à caractère personnel sont transférées hors du Royaume-Uni sur la base de l’International Data Transfer Agreement ou de l’avenant britannique (UK Addendum) aux clauses contractuelles types de l’UE (article 46 du {gdpr}). Vous pouvez nous en demander une copie.',
          ],
          unknown: 'Transferts hors du Royaume-Uni (article 15, paragraphe 2, du {gdpr})\u00a0: {missing}.',
        },
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
    erasureAfterAccess: [
      [
        'Comme vous l’avez demandé, nous effacerons vos données à caractère personnel de nos listes de contacts et de nos outils d’envoi d’e-mails dès l’envoi de cette réponse (article 17 du {gdpr}), et nous ne vous contacterons plus.',
        ['Nous informerons également les destinataires de vos données de cet effacement\u00a0: {recipients}.'],
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
      'Si notre réponse ne vous satisfait pas, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle (article 77 du {gdpr}), en particulier dans le pays où vous résidez ou travaillez, ou dans celui où la violation aurait été commise.',
      ['Pour votre pays ({country})\u00a0: {authority}, {authorityUrl}', 'Pour votre pays ({country})\u00a0: {authority}.'],
    ],
    authorityUk: [
      'Si notre réponse ne vous satisfait pas, vous pouvez nous adresser une réclamation (section 164A du Data Protection Act 2018) et introduire une réclamation auprès de l’autorité de contrôle du Royaume-Uni (section 165 de la même loi).',
      ['Autorité de contrôle du Royaume-Uni\u00a0: {authority}, {authorityUrl}', 'Autorité de contrôle du Royaume-Uni\u00a0: {authority}.'],
    ],
    contact: [
      ['Pour toute autre question, écrivez-nous à {privacyEmail}.', 'Pour toute autre question, il vous suffit de répondre à cet e-mail.'],
      ['Vous pouvez également contacter notre délégué à la protection des données\u00a0: {dpo}.'],
      ['Notre représentant dans l’Union (article 27 du {gdpr})\u00a0: {euRepresentative}.'],
      ['Notre représentant au Royaume-Uni (article 27 du {gdpr})\u00a0: {ukRepresentative}.'],
      ['Notre politique de confidentialité complète\u00a0: {privacyNoticeUrl}'],
    ],
    closing: 'Bien cordialement,',
    missing: '[à compléter]',
    categories: {
      name: 'nom',
      email: 'adresse e-mail',
      phone: 'numéro de téléphone',
      company: 'entreprise',
      jobTitle: 'fonction',
      profile: 'profil professionnel (LinkedIn, par exemple)',
      website: 'site web de l’entreprise',
      location: 'localisation',
      industry: 'secteur d’activité',
    },
  },
};

export default fr;
