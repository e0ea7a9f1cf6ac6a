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
  gdpr: { eu: 'RGPD', uk: 'RGPD do Reino Unido' },
  optOutKeyword: 'remover',
  terminology: 'Versão portuguesa do Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados, EUR-Lex).',
  detection: {
    stopwords: ['não', 'o', 'a', 'que', 'me', 'este', 'esta', 'vossa', 'vosso', 'vossas', 'vossos', 'têm', 'toda', 'todos', 'sobre', 'mim', 'do', 'da', 'no', 'na', 'por', 'favor', 'os', 'as', 'meus', 'meu', 'minha', 'minhas', 'você', 'vocês', 'com', 'uma', 'um', 'dos', 'das', 'seus', 'sua', 'obrigado', 'obrigada', 'olá', 'cumprimentos', 'isto', 'pelo', 'pela', 'também', 'mais', 'já', 'quero', 'vos', 'estão', 'dados', 'em', 'ao', 'nós', 'tenho', 'foi'],
    letters: 'ãõ',
    quoteMarkers: ['escreveu:', '-----mensagem original-----', 'de:'],
    patterns: {
      legalBasis: [
        'com que direito|com que base|quem vos autorizou|quem te autorizou|quem lhe autorizou|quem os autorizou|quem vos deu permissão|quem te deu permissão',
        'sem + consentimento|autorização|permissão|o meu acordo',
        'nunca|não|nao + dei|demos|dado|consenti|autorizei|aceitei|subscrevi|registei|registrei|inscrevi + consentimento|autorização|permissão|nada|isto|me',
        'nunca|não|nao + consenti|autorizei|subscrevi|me registei|me inscrevi|me registrei|aceitei',
        'fundamento jurídico|fundamento legal|base legal|base jurídica|licitude|interesse legítimo|interesses legítimos',
        'isto é|é|isto e + legal|lícito|permitido|conforme o rgpd|conforme com o rgpd',
        'porque|por que|porquê|por quê + escrevem|escreves|escreve|contactam|contactas|contacta|enviam|envias|recebo + me|mim|isto|e mails|emails',
        'não solicitado|não solicitados|não solicitada|não solicitadas|nao solicitado|indesejado|indesejados',
      ],
      source: [
        'onde|como|de onde + obtiveram|obtiveste|obteve|conseguiram|conseguiste|arranjaram|arranjaste|encontraram|encontraste|foram buscar|tiraram|têm|tem|vem|vieram + endereço|email|e mail|dados|contacto|contato|número|meu|meus|minha|minhas',
        'quem + vos|te|lhe|lhes + deu|passou|forneceu|vendeu|cedeu + meu|meus|endereço|email|e mail|dados|contacto|contato + !permissão|direito|autorização',
        'origem|proveniência|fonte + dados|endereço|email|e mail|contacto|meus',
        'compraram|compraste|adquiriram|comprou + base|lista|dados|endereço|endereços',
        'artigo 14|art 14',
      ],
      access: [
        'que|quais|todos os + dados|informações|informacoes|info + têm|tem|tens|guardam|guardas|conservam|tratam|tratas|possuem|armazenam|sobre mim|de mim|a meu respeito + !apag*|elimin*|remov*|esquec*|retir*|base|direito|onde|obtiveram|vêm',
        'o que + sabem|têm|tem|tens|sabes|guardam + sobre mim|de mim|a meu respeito + !apag*|elimin*|remov*',
        'direito de acesso|direito ao acesso|pedido de acesso|acesso aos meus dados|aceder aos meus dados|acessar meus dados',
        'cópia + dados|meus|informações',
        'artigo 15|art 15',
        'a quem|que empresas|quais empresas|que terceiros|destinatários + transmitiram|comunicaram|venderam|cederam|passaram|partilharam|dados',
        'saber|conhecer|indiquem|indiquem me|digam|digam me|diz me|informem + que|quais + dados|informações|têm|sobre mim + !apag*|elimin*|onde|obtiveram',
      ],
      rectification: [
        'corrij*|corrig*|retifiqu*|retific*|rectific*|atualiz*|actualiz*|alter*|mud* + nome|apelido|dados|cargo|função|funcao|endereço|email|e mail|empresa|informação|informações',
        'mal escrito|errado|errados|errada|incorreto|incorretos|incorreta|inexato|inexatos|desatualizado|desatualizados|desatualizada|não está correto + nome|apelido|dados|cargo|função|endereço|email|e mail|empresa|informação',
        'já não trabalho|ja nao trabalho|não trabalho mais|nao trabalho mais|já não estou|ja nao estou|deixei de trabalhar + na|no|em|para|com',
        'saí da empresa|sai da empresa|deixei a empresa|saí da acme|mudei de empresa',
        'retificação|rectificação|retificacao',
        'artigo 16|art 16',
        'desatualizados|desatualizado @0.5',
      ],
      erasure: [
        'apag*|elimin*|remov*|suprim*|destru* + dados|meus|me|mim|tudo|toda|todas|informação|informações|endereço|email|e mail|contacto|contato|ficha|perfil|registo + !por engano|sem querer|reenvi*|lista|listas|mailing|newsletter',
        'apaguem me|eliminem me|removam me|apaga me|elimina me + base|base de dados|crm|sistema|sistemas|ficheiros',
        'direito ao esquecimento|direito ao apagamento|direito de apagamento|direito à eliminação',
        'apagamento|eliminação|eliminacao + dados|meus|informação|informações',
        'artigo 17|art 17',
        'não + guardem|guardes|conservem|conserves|tratem|trates|mantenham + dados|meus|informação|informações',
        'da vossa base de dados|da sua base de dados|da tua base de dados|do vosso crm',
      ],
      objection: [
        'retirem me|retira me|removam me|remove me|tirem me|tira me|excluam me|eliminem me + lista|listas|mailing|envios|newsletter|campanha|base de envio',
        'retir*|remov*|tir*|exclu* + me|o meu|meu endereço + lista|listas|mailing|envios|newsletter|campanha',
        'cancelar a subscrição|cancelar subscrição|cancelar a inscrição|anular a subscrição|desinscrever|descadastrar|unsubscrib*',
        'não|nao + me enviem|me envies|me envie|me escrevam|me escrevas|me escreva|me contactem|me contactes|me contacte|me contatem|enviem|escrevam|contactem + mais|nada|me',
        'deixem|deixa|deixe|parem|para|pare + de + enviar|escrever|contactar|contatar|mandar|me enviar|me escrever|me contactar|incomodar',
        'não quero|nao quero|não desejo|não queremos + receber|mais|ser contactado|ser contactada|ser contatado',
        'nenhum|nenhuma|mais nenhum|mais nenhuma + email|e mail|emails|mensagem|mensagens|correio',
        'oponho me|oponho|opomo nos|oposição|exerço o direito de oposição',
        'artigo 21|art 21',
        'stop|chega @0.5',
      ],
      notInterested: [
        'não|nao + tenho interesse|temos interesse|estou interessado|estou interessada|estamos interessados|interessa|nos interessa|me interessa|é relevante|é prioridade|é para nós',
        'sem|nenhum + interesse|necessidade',
        'não|nao + precisamos|preciso|necessitamos',
        'já + temos|tenho|trabalhamos com|usamos|utilizamos|contamos com + fornecedor|solução|ferramenta|agência|parceiro|empresa|alguém|um|uma|contrato',
        'pessoa errada|não sou a pessoa|não é a minha área|não sou o responsável|não sou a responsável',
        'agora não|de momento não|por agora não|talvez mais tarde|noutra altura|mais para a frente',
      ],
      complaint: [
        'queixa|queixar|reclamação|reclamar|denúncia|denunciar|denunciarei',
        'cnpd|comissão nacional de proteção de dados|comissão nacional de protecção de dados|autoridade de controlo|anpd|anacom',
        'advogado|advogada|advogados|ação judicial|acção judicial|tribunal|processo judicial|processar',
        'isto é|é|puro|mais + spam|ilegal|assédio',
        'violação|infração|infracção|incumprimento + rgpd|lei|lgpd',
        'viol*|infring* + rgpd|lei|lgpd',
        'spam @0.5',
        'ilegal|assédio|coima|multa @0.5',
      ],
      autoReply: [
        'fora do escritório|ausente|de férias|de ferias|de baixa|de licença|em viagem|em licença de maternidade|em licença parental + até|ate|de|regresso|regressarei|voltarei|a partir',
        'resposta automática|resposta automatica|mensagem automática|out of office|aviso de ausência',
        'no meu regresso|após o meu regresso|quando regressar|regressarei|estarei de volta|voltarei a|volto a',
        'para assuntos urgentes|em caso de urgência|para questões urgentes|se for urgente',
        'acesso limitado|sem acesso|não tenho acesso + email|e mail|correio|emails',
        'licença de maternidade|licença parental|baixa médica @0.7',
      ],
    },
    filterPhrases: [
      'remover',
      'retirem-me da lista',
      'removam-me da lista',
      'cancelar a subscrição',
      'não me enviem mais',
      'deixem de me enviar',
      'não quero receber',
      'oponho-me',
      'apaguem os meus dados',
      'eliminem os meus dados',
      'apagamento dos meus dados',
      'direito ao esquecimento',
      'direito ao apagamento',
      'não me contactem',
      'descadastrar',
    ],
  },
  reply: {
    greeting: ['Bom dia, {name},', 'Bom dia,'],
    thanks: ['Agradecemos a sua mensagem de {receivedDate}.', 'Agradecemos a sua mensagem.'],
    legalBasis: {
      answer: [
        [
          'Perguntou-nos com que fundamento entrámos em contacto consigo. Baseamo-nos nos nossos interesses legítimos, nos termos do artigo 6.º, n.º 1, alínea f), do {gdpr}.',
        ],
        [['O que oferecemos: {purpose}.'], ['Porque lhe escrevemos a si: {interest}.']],
      ],
      oneAtATime: [
        'Escrevemos aos profissionais um a um, e não por envio em massa.',
      ],
      offerObjection: [
        'Pode opor-se a isso a qualquer momento, nos termos do artigo 21.º, n.º 2, do {gdpr}: basta responder «{keyword}» e não voltaremos a entrar em contacto consigo.',
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
      introBeforeErasure: [
        'Perguntou-nos que dados pessoais temos sobre si e pediu-nos que os apagássemos. Confirmamos que tratamos dados pessoais que lhe dizem respeito. Nos termos do artigo 15.º do {gdpr}, encontra abaixo uma cópia desses dados e as informações a que tem direito; apagaremos os dados logo após o envio desta resposta.',
      ],
      dataHeading: 'Os dados pessoais que temos sobre si:',
      items: {
        a: [
          'a) Finalidades do tratamento (com base nos nossos interesses legítimos, artigo 6.º, n.º 1, alínea f), do {gdpr}): {purpose}.',
          'a) Finalidades do tratamento: apresentar-lhe os nossos produtos e serviços para empresas (comercialização direta), com base nos nossos interesses legítimos (artigo 6.º, n.º 1, alínea f), do {gdpr}).',
        ],
        b: ['b) Categorias de dados pessoais: {categories}.', 'b) Categorias de dados pessoais: os dados de contacto profissionais que usámos para lhe escrever.'],
        c: ['c) Destinatários: {recipients}.', 'c) Destinatários: {missing}.'],
        d: ['d) Prazo de conservação: {retention}.', 'd) Prazo de conservação: conservamos os seus dados apenas durante o tempo necessário para esta finalidade.'],
        e: 'e) Tem o direito de nos solicitar a retificação ou o apagamento dos seus dados pessoais ou a limitação do seu tratamento, bem como o direito de se opor a esse tratamento (artigos 16.º, 17.º, 18.º e 21.º do {gdpr}).',
        f: [
          'f) Tem o direito de apresentar reclamação a uma autoridade de controlo (artigo 77.º do {gdpr}), em especial no país onde reside ou trabalha ou onde foi alegadamente praticada a infração. No seu país ({country}): {authority}, {authorityUrl}',
          'f) Tem o direito de apresentar reclamação a uma autoridade de controlo (artigo 77.º do {gdpr}), em especial no país onde reside ou trabalha ou onde foi alegadamente praticada a infração. No seu país ({country}): {authority}.',
          'f) Tem o direito de apresentar reclamação a uma autoridade de controlo (artigo 77.º do {gdpr}), em especial no país onde reside ou trabalha ou onde foi alegadamente praticada a infração.',
        ],
        g: ['g) Origem dos dados: {source} (obtidos em {sourceDate}).', 'g) Origem dos dados: {source}.', 'g) Origem dos dados: não recolhemos os seus dados diretamente junto de si.'],
        h: [
          'h) Decisões automatizadas, incluindo a definição de perfis: {automated}.',
          'h) Decisões automatizadas, incluindo a definição de perfis: não tomamos decisões a seu respeito baseadas exclusivamente no tratamento automatizado (artigo 22.º do {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) Tem o direito de nos apresentar uma reclamação (secção 164A do Data Protection Act 2018): escreva-nos para {privacyEmail}. Acusaremos a receção no prazo de 30 dias e informá-lo-emos do resultado.',
          'ea) Tem o direito de nos apresentar uma reclamação (secção 164A do Data Protection Act 2018): basta responder a este e-mail. Acusaremos a receção no prazo de 30 dias e informá-lo-emos do resultado.',
        ],
        f: [
          'f) Tem o direito de apresentar reclamação à autoridade de controlo do Reino Unido (secção 165 do Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) Tem o direito de apresentar reclamação à autoridade de controlo do Reino Unido (secção 165 do Data Protection Act 2018): {authority}.',
          'f) Tem o direito de apresentar reclamação à autoridade de controlo do Reino Unido (secção 165 do Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Transferências para países terceiros (artigo 15.º, n.º 2, do {gdpr}): não transferimos os seus dados pessoais para fora do Espaço Económico Europeu (EEE).',
          adequacy: [
            'Transferências para países terceiros (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais são transferidos para um país terceiro ({destination}) relativamente ao qual a Comissão Europeia adotou uma decisão de adequação (artigo 45.º do {gdpr}).',
            'Transferências para países terceiros (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais só são transferidos para países relativamente aos quais a Comissão Europeia adotou uma decisão de adequação (artigo 45.º do {gdpr}).',
          ],
          scc: [
            'Transferências para países terceiros (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais são transferidos para um país terceiro ({destination}) com base nas cláusulas-tipo de proteção de dados adotadas pela Comissão Europeia (artigo 46.º, n.º 2, alínea c), do {gdpr}). Pode pedir-nos uma cópia.',
            'Transferências para países terceiros (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais são transferidos para fora do EEE com base nas cláusulas-tipo de proteção de dados adotadas pela Comissão Europeia (artigo 46.º, n.º 2, alínea c), do {gdpr}). Pode pedir-nos uma cópia.',
          ],
          unknown: 'Transferências para países terceiros (artigo 15.º, n.º 2, do {gdpr}): {missing}.',
        },
        uk: {
          none: 'Transferências para fora do Reino Unido (artigo 15.º, n.º 2, do {gdpr}): não transferimos os seus dados pessoais para fora do Reino Unido.',
          adequacy: [
            'Transferências para fora do Reino Unido (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais são transferidos para um país terceiro ({destination}) para o qual as transferências estão aprovadas por regulamento britânico (artigo 45.º-A do {gdpr}).',
            'Transferências para fora do Reino Unido (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais só são transferidos para países para os quais as transferências estão aprovadas por regulamento britânico (artigo 45.º-A do {gdpr}).',
          ],
          scc: [
            'Transferências para fora do Reino Unido (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais são transferidos para um país terceiro ({destination}) com base no International Data Transfer Agreement ou no aditamento britânico (UK Addendum) às cláusulas contratuais-tipo da UE (artigo 46.º do {gdpr}). Pode pedir-nos uma cópia.',
            'Transferências para fora do Reino Unido (artigo 15.º, n.º 2, do {gdpr}): os seus dados pessoais são transferidos para fora do Reino Unido com base no International Data Transfer Agreement ou no aditamento britânico (UK Addendum) às cláusulas contratuais-tipo da UE (artigo 46.º do {gdpr}). Pode pedir-nos uma cópia.',
          ],
          unknown: 'Transferências para fora do Reino Unido (artigo 15.º, n.º 2, do {gdpr}): {missing}.',
        },
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
    erasureAfterAccess: [
      [
        'Conforme pediu, apagaremos os seus dados pessoais das nossas listas de contactos e das nossas ferramentas de e-mail logo após o envio desta resposta (artigo 17.º do {gdpr}) e não voltaremos a entrar em contacto consigo.',
        ['Informaremos também os destinatários dos seus dados sobre o apagamento: {recipients}.'],
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
      'Se discordar da nossa resposta, tem o direito de apresentar reclamação a uma autoridade de controlo (artigo 77.º do {gdpr}), em especial no país onde reside ou trabalha ou onde foi alegadamente praticada a infração.',
      ['No seu país ({country}): {authority}, {authorityUrl}', 'No seu país ({country}): {authority}.'],
    ],
    authorityUk: [
      'Se discordar da nossa resposta, pode apresentar-nos uma reclamação (secção 164A do Data Protection Act 2018) e apresentar reclamação à autoridade de controlo do Reino Unido (secção 165 da mesma lei).',
      ['Autoridade de controlo do Reino Unido: {authority}, {authorityUrl}', 'Autoridade de controlo do Reino Unido: {authority}.'],
    ],
    contact: [
      ['Para qualquer outra questão, escreva-nos para {privacyEmail}.', 'Para qualquer outra questão, basta responder a este e-mail.'],
      ['Pode também contactar o nosso encarregado da proteção de dados: {dpo}.'],
      ['O nosso representante na União (artigo 27.º do {gdpr}): {euRepresentative}.'],
      ['O nosso representante no Reino Unido (artigo 27.º do {gdpr}): {ukRepresentative}.'],
      ['A nossa política de privacidade completa: {privacyNoticeUrl}'],
    ],
    closing: 'Com os melhores cumprimentos,',
    missing: '[a completar]',
    categories: {
      name: 'nome',
      email: 'endereço de e-mail',
      phone: 'número de telefone',
      company: 'empresa',
      jobTitle: 'cargo',
      profile: 'perfil profissional (por exemplo, LinkedIn)',
      website: 'sítio web da empresa',
      location: 'localização',
      industry: 'setor',
    },
  },
};

export default pt;
