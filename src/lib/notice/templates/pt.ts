import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Portuguese as written in Portugal (formal, without a pronoun). Terms follow the Portuguese
 * GDPR text (RGPD): responsável pelo tratamento, interesses legítimos, direito de oposição,
 * autoridade de controlo, comercialização direta.
 */
export default {
  code: 'pt',
  englishName: 'Portuguese',
  nativeName: 'Português',
  locale: 'pt-PT',
  labelSeparator: ': ',
  replyKeyword: 'remover',
  regions: {
    eu: {
      legalBasis: 'artigo 6.º, n.º 1, alínea f), do RGPD',
      representative: 'O nosso representante na UE (artigo 27.º do RGPD): {representative}.',
      processedAbroad: 'Estamos estabelecidos num país terceiro ({country}), fora do Espaço Económico Europeu, e tratamos aí os seus dados.',
      transferNone: 'Não transferimos os seus dados para fora do Espaço Económico Europeu (EEE).',
      transferTo: 'Transferimos os seus dados para um país terceiro ({destination}).',
      transferToUnnamed: 'Transferimos os seus dados para países fora do Espaço Económico Europeu (EEE).',
      basis: {
        adequacy: 'Estas transferências baseiam-se numa decisão de adequação da Comissão Europeia (artigo 45.º do RGPD).',
        dpf: 'Os destinatários são empresas dos Estados Unidos certificadas ao abrigo do Quadro de Privacidade de Dados UE-EUA (EU-U.S. Data Privacy Framework), objeto de uma decisão de adequação da Comissão Europeia (artigo 45.º do RGPD).',
        scc: 'Estas transferências baseiam-se nas cláusulas-tipo de proteção de dados adotadas pela Comissão Europeia (artigo 46.º, n.º 2, alínea c), do RGPD).',
        bcr: 'Estas transferências baseiam-se em regras vinculativas aplicáveis às empresas (artigo 47.º do RGPD).',
        derogation: 'Estas transferências baseiam-se numa derrogação para situações específicas (artigo 49.º do RGPD).',
      },
      complaint:
        'Tem também o direito de apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração.',
      complaintAuthority:
        'Tem também o direito de apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração. A autoridade de controlo do seu país: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'artigo 6.º, n.º 1, alínea f), do RGPD do Reino Unido (UK GDPR)',
      representative: 'O nosso representante no Reino Unido (artigo 27.º do RGPD do Reino Unido): {representative}.',
      processedAbroad: 'Estamos estabelecidos num país terceiro ({country}), fora do Reino Unido, e tratamos aí os seus dados.',
      transferNone: 'Não transferimos os seus dados para fora do Reino Unido.',
      transferTo: 'Transferimos os seus dados para um país terceiro ({destination}).',
      transferToUnnamed: 'Transferimos os seus dados para países fora do Reino Unido.',
      basis: {
        adequacy: 'Estas transferências são autorizadas por regulamentação britânica adotada ao abrigo do artigo 45.º-A do RGPD do Reino Unido.',
        dpf: 'Os destinatários são empresas dos Estados Unidos certificadas ao abrigo da extensão britânica do Quadro de Privacidade de Dados UE-EUA (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Estas transferências baseiam-se no International Data Transfer Agreement do Reino Unido ou na adenda britânica (UK Addendum) às cláusulas contratuais-tipo da UE (artigo 46.º do RGPD do Reino Unido).',
        bcr: 'Estas transferências baseiam-se em regras vinculativas aplicáveis às empresas (artigo 47.º do RGPD do Reino Unido).',
        derogation: 'Estas transferências baseiam-se numa derrogação para situações específicas (artigo 49.º do RGPD do Reino Unido).',
      },
      complaint: 'Pode também apresentar reclamação à autoridade de controlo do Reino Unido ao abrigo da secção 165 do Data Protection Act 2018.',
      complaintAuthority: 'Pode também apresentar reclamação à autoridade de controlo do Reino Unido ao abrigo da secção 165 do Data Protection Act 2018: {authority}, {url}.',
      complaintToUs: 'Pode apresentar-nos uma reclamação sobre a forma como tratamos os seus dados pessoais (secção 164A do Data Protection Act 2018): escreva-nos para {email}. Acusaremos a receção da reclamação no prazo de 30 dias e informá-lo-emos do resultado.',
      complaintToUsNoEmail: 'Pode apresentar-nos uma reclamação sobre a forma como tratamos os seus dados pessoais (secção 164A do Data Protection Act 2018). Acusaremos a receção da reclamação no prazo de 30 dias e informá-lo-emos do resultado.',
    },
  },
  dataCategories: {
    name: 'nome',
    workEmail: 'endereço de e-mail profissional',
    jobTitle: 'cargo',
    company: 'empresa',
    phone: 'telefone profissional',
    linkedin: 'URL do seu perfil do LinkedIn',
    location: 'localização (cidade e país)',
  },
  months: { one: '{n} mês', other: '{n} meses' },
  interests: {
    directMarketing: 'O nosso interesse legítimo consiste em oferecer os nossos produtos e serviços às empresas para as quais sejam relevantes.',
    partnership: 'O nosso interesse legítimo consiste em desenvolver relações comerciais e parcerias com empresas do nosso setor.',
    custom: 'O nosso interesse legítimo: {interest}.',
  },
  sources: {
    other: { withDetail: 'Os seus contactos provêm da seguinte fonte: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Encontrámos os seus contactos no sítio web da sua empresa ({detail}), uma fonte acessível ao público.',
      withoutDetail: 'Encontrámos os seus contactos no sítio web da sua empresa, uma fonte acessível ao público.',
    },
    linkedin: {
      withDetail: 'Encontrámos os seus contactos através do seu perfil público do LinkedIn ({detail}).',
      withoutDetail: 'Encontrámos os seus contactos através do seu perfil público do LinkedIn.',
    },
    register: {
      withDetail: 'Obtivemos os seus contactos num registo público ({detail}).',
      withoutDetail: 'Obtivemos os seus contactos num registo público.',
    },
    vendor: {
      withDetail: 'Obtivemos os seus contactos junto do fornecedor de dados {detail}.',
      withoutDetail: 'Obtivemos os seus contactos junto de um fornecedor de dados.',
    },
    referral: {
      withDetail: 'Recebemos os seus contactos por recomendação de {detail}.',
      withoutDetail: 'Recebemos os seus contactos através de uma recomendação pessoal.',
    },
    event: {
      withDetail: 'Obtivemos os seus contactos a partir da lista de participantes do evento {detail}.',
      withoutDetail: 'Obtivemos os seus contactos a partir da lista de participantes de um evento.',
    },
    pattern: {
      withDetail:
        'Deduzimos nós próprios o seu endereço de e-mail profissional a partir do seu nome e do formato de endereço que a sua empresa utiliza publicamente. Encontrámos ambos aqui: {detail}.',
      withoutDetail: 'Deduzimos nós próprios o seu endereço de e-mail profissional a partir do seu nome e do formato de endereço que a sua empresa utiliza publicamente.',
    },
  },
  short: {
    whyGeneric: 'Escrevemos-lhe porque acreditamos que a nossa oferta é relevante para as suas funções.',
    optOut: {
      reply: 'Se preferir não receber mais mensagens nossas, basta responder «{keyword}».',
      link: 'Se preferir não receber mais mensagens nossas, basta utilizar esta ligação: {link}',
      both: 'Se preferir não receber mais mensagens nossas, basta responder «{keyword}» ou utilizar esta ligação: {link}',
    },
  },
  notice: {
    heading: 'Informação sobre o tratamento dos seus dados pessoais',
    labels: {
      identity: 'Responsável pelo tratamento',
      purpose: 'Finalidade e fundamento jurídico',
      data: 'Categorias de dados',
      source: 'Origem dos dados',
      recipients: 'Destinatários',
      transfers: 'Transferências internacionais',
      retention: 'Prazo de conservação',
      rights: 'Os seus direitos',
      automated: 'Decisões automatizadas',
      more: 'Política de privacidade completa',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Contacto para questões de privacidade: {email}.',
    dpo: 'Encarregado da proteção de dados: {dpo}.',
    purpose: 'Utilizamos os seus dados para entrar em contacto consigo sobre produtos e serviços que podem ser relevantes para a sua atividade profissional.',
    basis: 'O fundamento jurídico é o nosso interesse legítimo, nos termos do {basis}.',
    data: 'Tratamos os seguintes dados a seu respeito: {categories}.',
    recipientsNamed: 'Prestadores de serviços que tratam os dados por nossa conta (subcontratantes): {list}.',
    recipientsGeneric: 'Apenas prestadores de serviços que tratam os dados por nossa conta (subcontratantes), como os nossos fornecedores de e-mail e de CRM.',
    emailPlatform: 'a nossa plataforma de envio de e-mails ({name})',
    crm: 'o nosso CRM ({name})',
    transferCopy: 'Pode obter uma cópia destas garantias escrevendo para {email}.',
    retentionMonths: 'Apagamos os seus dados {period} após o nosso último contacto consigo.',
    suppression: 'Se se opuser, conservamos apenas o seu endereço de e-mail numa lista de exclusão, para não voltarmos a enviar-lhe mensagens.',
    rights:
      'Tem o direito de acesso aos seus dados, de retificação, de apagamento e de limitação do tratamento, o direito de portabilidade dos dados e o direito de se opor ao tratamento.',
    rightsContact: 'Para exercer estes direitos, escreva para {email}.',
    swissAuthority:
      'Nos termos da lei federal suíça sobre a proteção de dados, pode também denunciar uma alegada infração à autoridade suíça de proteção de dados: {authority}, {url}.',
    automated: 'Não tomamos decisões baseadas exclusivamente no tratamento automatizado, incluindo a definição de perfis.',
  },
  objection: {
    label: 'O seu direito de oposição',
    reply:
      'Pode opor-se a qualquer momento ao tratamento dos seus dados para efeitos de comercialização direta. Basta responder «{keyword}» e não voltaremos a enviar-lhe mensagens.',
    link: 'Pode opor-se a qualquer momento ao tratamento dos seus dados para efeitos de comercialização direta. Basta utilizar esta ligação e não voltaremos a enviar-lhe mensagens: {link}',
    both: 'Pode opor-se a qualquer momento ao tratamento dos seus dados para efeitos de comercialização direta. Basta responder «{keyword}» ou utilizar esta ligação, e não voltaremos a enviar-lhe mensagens: {link}',
    email: 'Também pode escrever para {email}.',
  },
  footer: {
    optOut: {
      reply: 'Não tem interesse? Responda «{keyword}» e não voltaremos a escrever-lhe.',
      link: 'Não tem interesse? Utilize esta ligação: {link}',
      both: 'Não tem interesse? Responda «{keyword}» ou utilize esta ligação: {link}',
    },
    privacyUrl: 'Como tratamos os seus dados: {url}',
    privacyEmail: 'Questões de privacidade: {email}',
  },
} satisfies NoticeTemplateInput;
