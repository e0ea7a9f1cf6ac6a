import type { LanguagePackInput } from '../schema.ts';

/**
 * Portuguese (European). Terminology of the Portuguese version of the GDPR (RGPD): responsável
 * pelo tratamento, interesses legítimos, direito de oposição, direito ao apagamento, autoridade de
 * controlo, comercialização direta. Citations in the Portuguese style: "artigo 6.º, n.º 1,
 * alínea f), do RGPD". Written to avoid gendered forms of address.
 */
const pt: LanguagePackInput = {
  code: 'pt',
  name: 'Português',
  englishName: 'Portuguese',
  locale: 'pt-PT',
  gdpr: { eu: 'RGPD', uk: 'RGPD do Reino Unido (UK GDPR)' },
  terminology: 'Versão portuguesa do Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados, EUR-Lex).',
  detection: {
    stopwords: ['não', 'os', 'as', 'meus', 'meu', 'minha', 'minhas', 'você', 'vocês', 'com', 'uma', 'um', 'dos', 'das', 'seus', 'sua', 'obrigado', 'obrigada', 'olá', 'cumprimentos', 'isto', 'pelo', 'pela', 'também', 'mais', 'já', 'quero', 'vos', 'estão', 'dados', 'em', 'ao', 'nós', 'tenho', 'foi'],
    quoteMarkers: ['escreveu:', '-----mensagem original-----', 'de:'],
    phrases: {
      legalBasis: [
        'com que direito',
        'quem vos autorizou',
        'sem o meu consentimento',
        'sem a minha autorização',
        'nunca dei o meu consentimento',
        'nunca consenti',
        'nunca me inscrevi',
        'nunca subscrevi',
        'fundamento legal',
        'fundamento jurídico',
        'base legal',
        'isto é legal',
        'interesse legítimo',
        'porque me escrevem',
        'porque me estão a escrever',
      ],
      source: [
        'onde obtiveram',
        'onde foram buscar',
        'onde arranjaram',
        'como obtiveram o meu',
        'como conseguiram o meu',
        'como têm o meu',
        'de onde vêm os meus dados',
        'origem dos meus dados',
        'fonte dos meus dados',
        'quem vos deu',
        'quem vos forneceu',
        'artigo 14',
      ],
      access: [
        'que dados têm',
        'que dados pessoais',
        'que informações têm',
        'quais os dados',
        'quais são os dados',
        'direito de acesso',
        'pedido de acesso',
        'acesso aos meus dados',
        'cópia dos meus dados',
        'o que sabem sobre mim',
        'artigo 15',
      ],
      rectification: [
        'retificar os meus dados',
        'retificação',
        'corrigir os meus dados',
        'corrijam',
        'atualizar os meus dados',
        'nome está errado',
        'mal escrito',
        'dados errados',
        'dados incorretos',
        'dados inexatos',
        'desatualizado',
        'já não trabalho',
        'deixei a empresa',
        'saí da empresa',
        'artigo 16',
      ],
      erasure: [
        'apaguem os meus dados',
        'apagar os meus dados',
        'apague os meus dados',
        'apagamento',
        'eliminem os meus dados',
        'eliminar os meus dados',
        'eliminação dos meus dados',
        'direito a ser esquecido',
        'direito ao esquecimento',
        'apaguem todos',
        'da vossa base de dados',
        'artigo 17',
      ],
      objection: [
        'remover da lista',
        'removam-me',
        'retirem-me',
        'cancelar a subscrição',
        'anular a subscrição',
        'da vossa lista',
        'da lista de envio',
        'não me enviem',
        'não me contactem',
        'não quero receber',
        'deixem de me enviar',
        'parem de me enviar',
        'oponho-me',
        'oposição',
        'stop',
        'unsubscribe',
        'artigo 21',
      ],
      notInterested: [
        'não tenho interesse',
        'não temos interesse',
        'não estou interessado',
        'não estou interessada',
        'não estamos interessados',
        'não me interessa',
        'não, obrigado',
        'não precisamos',
        'já temos fornecedor',
        'já temos um fornecedor',
        'já temos uma solução',
        'não é relevante',
        'não sou a pessoa certa',
      ],
      complaint: [
        'queixa',
        'apresentar queixa',
        'reclamação',
        'cnpd',
        'comissão nacional de proteção',
        'autoridade de controlo',
        'advogado',
        'ação judicial',
        'medidas legais',
        'spam',
        'ilegal',
        'violação do rgpd',
        'assédio',
        'denunciar',
      ],
    },
  },
  reply: {
    greeting: ['Bom dia {name},', 'Bom dia,'],
    thanks: ['Agradecemos a sua mensagem de {receivedDate}.', 'Agradecemos a sua mensagem.'],
    legalBasis: {
      answer: [
        [
          'Perguntou-nos com que fundamento entrámos em contacto consigo. Baseamo-nos nos nossos interesses legítimos, nos termos do artigo 6.º, n.º 1, alínea f), do {gdpr}: escrevemos individualmente a profissionais de empresas sobre produtos relevantes para o seu trabalho.',
        ],
        [['O que oferecemos: {purpose}.'], ['Porque lhe escrevemos a si: {interest}.']],
      ],
      offerObjection: [
        'Pode opor-se a isso a qualquer momento, nos termos do artigo 21.º, n.º 2, do {gdpr}: basta responder «stop» e não voltaremos a entrar em contacto consigo.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Obtivemos os seus dados da seguinte fonte: {source} (em {sourceDate}).',
            'Obtivemos os seus dados da seguinte fonte: {source}.',
            'Não recolhemos os seus dados diretamente junto de si.',
          ],
          ['Dados em causa: {categories}.'],
        ],
      ],
      offerErasure: ['Se preferir que não os conservemos, basta dizer-nos: apagamo-los e não voltaremos a entrar em contacto consigo.'],
    },
    access: {
      intro: [
        'Perguntou-nos que dados pessoais temos sobre si. Confirmamos que tratamos dados pessoais que lhe dizem respeito. Nos termos do artigo 15.º do {gdpr}, enviamos-lhe uma cópia desses dados e as informações a que tem direito.',
      ],
      dataHeading: 'Os dados pessoais que temos sobre si:',
      items: {
        a: [
          'a) Finalidades do tratamento (com base nos nossos interesses legítimos, artigo 6.º, n.º 1, alínea f), do {gdpr}): {purpose}.',
          'a) Finalidades do tratamento: apresentar-lhe os nossos produtos e serviços para empresas (comercialização direta), com base nos nossos interesses legítimos (artigo 6.º, n.º 1, alínea f), do {gdpr}).',
        ],
        b: ['b) Categorias de dados pessoais: {categories}.', 'b) Categorias de dados pessoais: os dados de contacto profissionais que usámos para lhe escrever.'],
        c: [
          'c) Destinatários: {recipients}.',
          'c) Destinatários: os prestadores de serviços que enviam os nossos e-mails e guardam os nossos contactos, que atuam segundo as nossas instruções como subcontratantes.',
        ],
        d: ['d) Prazo de conservação: {retention}.', 'd) Prazo de conservação: conservamos os seus dados apenas durante o tempo necessário para esta finalidade.'],
        e: 'e) Tem o direito de nos solicitar a retificação ou o apagamento dos seus dados pessoais ou a limitação do seu tratamento, bem como o direito de se opor a esse tratamento (artigos 16.º, 17.º, 18.º e 21.º do {gdpr}).',
        f: 'f) Tem o direito de apresentar reclamação a uma autoridade de controlo (ver abaixo).',
        g: ['g) Origem dos dados: {source} (obtidos em {sourceDate}).', 'g) Origem dos dados: {source}.', 'g) Origem dos dados: não recolhemos os seus dados diretamente junto de si.'],
        h: [
          'h) Decisões automatizadas, incluindo a definição de perfis: {automated}.',
          'h) Decisões automatizadas, incluindo a definição de perfis: não tomamos decisões a seu respeito baseadas exclusivamente no tratamento automatizado (artigo 22.º do {gdpr}).',
        ],
      },
      outro: ['Esta cópia é gratuita. Se a pretender noutro formato, basta indicar-nos.'],
    },
    rectification: [
      [
        'Pediu-nos que retificássemos os seus dados.',
        ['Retificámo-los da seguinte forma: {correction}.', 'Retificámo-los conforme pediu.'],
        'Se houver mais algum dado inexato, diga-nos e corrigimo-lo sem demora (artigo 16.º do {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Conforme pediu, apagámos os seus dados pessoais das nossas listas de contactos e das nossas ferramentas de e-mail (artigo 17.º do {gdpr}) e não voltaremos a entrar em contacto consigo.',
        ['Informámos também os destinatários dos seus dados sobre o apagamento: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Informou-nos de que não pretende receber mais mensagens nossas. Cessámos todos os envios para o seu endereço e deixaremos de tratar os seus dados para efeitos de comercialização direta (artigo 21.º, n.os 2 e 3, do {gdpr}).',
        'Retirámos os seus dados das nossas listas de prospeção.',
      ],
    ],
    notInterested: [
      [
        'Agradecemos a sua resposta e pedimos desculpa pelo incómodo. Não voltaremos a entrar em contacto consigo sobre este assunto e retirámos os seus dados das nossas listas de prospeção.',
      ],
    ],
    complaint: [
      [
        'Lamentamos que o nosso e-mail lhe tenha causado incómodo. Levamos a proteção de dados a sério e gostaríamos de resolver esta questão diretamente consigo.',
        'Naturalmente, pode apresentar reclamação a uma autoridade de controlo a qualquer momento (artigo 77.º do {gdpr}).',
      ],
    ],
    suppression: {
      address: [
        'Para evitar qualquer novo contacto por engano, guardamos apenas um dado: o seu endereço de e-mail, na nossa lista de exclusão. Não o utilizamos para nenhum outro fim.',
      ],
      hash: [
        'Para evitar qualquer novo contacto por engano, guardamos apenas um dado: um hash (uma impressão digital SHA-256) do seu endereço de e-mail, na nossa lista de exclusão. Permite-nos reconhecer o seu endereço se aparecer numa lista futura, e não o utilizamos para nenhum outro fim.',
      ],
    },
    authority: [
      'Se discordar da nossa resposta, tem o direito de apresentar reclamação a uma autoridade de controlo, em especial no país onde reside ou trabalha.',
      ['No seu país ({country}), trata-se de: {authority} ({authorityUrl}).', 'No seu país ({country}), trata-se de: {authority}.'],
    ],
    contact: [
      ['Para qualquer outra questão, escreva-nos para {privacyEmail}.', 'Para qualquer outra questão, basta responder a este e-mail.'],
      ['Pode também contactar o nosso encarregado da proteção de dados: {dpo}.'],
      ['O nosso representante na União (artigo 27.º do {gdpr}): {euRepresentative}.'],
      ['O nosso representante no Reino Unido (artigo 27.º do {gdpr}): {ukRepresentative}.'],
      ['A nossa política de privacidade completa: {privacyNoticeUrl}'],
    ],
    closing: 'Com os melhores cumprimentos,',
  },
};

export default pt;
