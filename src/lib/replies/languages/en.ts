import type { LanguagePackInput } from '../schema.ts';

/**
 * English. Terminology of the English version of Regulation (EU) 2016/679; the UK GDPR keeps the
 * same article numbers, so UK requesters get the same text citing "UK GDPR".
 */
const en: LanguagePackInput = {
  code: 'en',
  name: 'English',
  englishName: 'English',
  locale: 'en-GB',
  gdpr: { eu: 'GDPR', uk: 'UK GDPR' },
  optOutKeyword: 'no thanks',
  terminology: 'English language version of Regulation (EU) 2016/679 (EUR-Lex); UK GDPR for requesters in the United Kingdom.',
  detection: {
    stopwords: ['the', 'and', 'you', 'your', 'my', 'me', 'to', 'of', 'is', 'are', 'this', 'that', 'please', 'have', 'what', 'where', 'not', 'with', 'from', 'for', 'it', 'we', 'our', 'did', 'how', 'who', 'about', 'would', 'any', 'will', 'thanks', 'hi', 'hello', 'again', 'get'],
    quoteMarkers: ['wrote:', '-----original message-----', 'from:'],
    patterns: {
      legalBasis: [
        'what right|what gives you the right|what business',
        'who gave you|who gives you + permission|right|consent',
        'permission|allowed|authorised|authorized|entitled + email*|contact*|write|writing|message* + me',
        'never|not|didn t|didnt|did not|haven t|havent|have not|don t|dont + consent*|opted|subscribed|signed|agreed|sign up|opt in|opted in|ask for',
        'without + consent|permission|my agreement',
        'legal basis|lawful basis|legal grounds|lawful grounds|basis for processing',
        'legitimate interest*',
        'is this|how is this|isn t this|this can t be + legal|lawful|allowed|gdpr compliant',
        'gdpr compliant|compliant with gdpr',
        'unsolicited',
        'why + email*|emailed|contacting|writing|messaging + me',
        'why am i + getting|receiving',
        'why did you + email|contact|write|message',
      ],
      source: [
        'where|wher|how|wherever + get|got|find|found|obtain*|source*|harvest*|scrap*|buy|bought|come across|came across + my|me|this|email|address|details|data|info*|contact*|number',
        'where + my + email|address|data|details|info*|number|contact* + from|come from|came from',
        'who + gave|give|sold|sell|passed|provided + you + my|this|email|address|details|data',
        'source of + my|the|this + data|email|address|details|info*',
        'what|which + source|list|database',
        'how do you + have|know + my|me|this',
        'got|get|obtained + my + email|address|details|data|info* + from',
        'bought|purchased|buy|purchase + my|list|data|email',
        'article 14|art 14',
      ],
      access: [
        'what|which|all + data|info*|details|personal|records + hold|held|have|has|store*|keep|kept|process*|collect* + !delet*|eras*|remov*|purg*|wipe*|destroy*|forget|basis|grounds|lawful|legal|right|permission',
        'what + do you|you + have|hold|know|store + on me|about me + !delet*|eras*|remov*|purg*|wipe*|destroy*',
        'copy + my|the|all|of + data|info*|details|records|file',
        'send|give|provide|show + me + all|everything|copy|what + !delet*|eras*|remov*|purg*|wipe*|destroy*',
        'tell|inform|know + what|which + data|info*|hold|have|store*|know + !delet*|eras*|remov*|purg*|wipe*|destroy*',
        'subject access|access request|right of access|right to access|data access request|access to my',
        'article 15|art 15',
        'dsar|sar',
        'shared|share|disclosed|passed + it|my|data|details|info* + with who|with whom|to whom|which companies|which third',
        'who + have|has + you + shared|disclosed|passed|sold',
      ],
      rectification: [
        'correct|update|fix|amend|change|rectif* + my|the|your + name|data|details|record*|info*|title|email|address|company|spelling|role',
        'wrong|incorrect|inaccurate|misspel*|typo|out of date|outdated|not correct|not accurate + name|data|details|title|email|address|company|record*|info*|role|spelling',
        'my name is|my name isn t|name is not|not my name|it s not + spelled|spelt|wrong|misspelled',
        'misspel*|spelled wrong|spelt wrong|spelled incorrectly',
        'no longer|don t|do not|not + work at|work for|working at|working for|with the company|employed',
        'left|have left|i left|retired + the company|company|acme|firm|organisation|organization|job|role',
        'rectif*',
        'article 16|art 16',
        'inaccurate|incorrect @0.5',
        'out of date|outdated @0.5',
      ],
      erasure: [
        'delet*|eras*|purg*|wipe*|destroy*|scrub* + my|me|it|them|everything|all|any|data|details|info*|record*|contact*|email|address|file|profile|this + !mistake|accident*|resend|forward*',
        'remov* + my data|my details|my info*|my personal|all my|all data|my record*|my file|my profile|everything',
        'remov*|take|taken + database|databases|records|crm|system|systems|files',
        'get rid of|dispose of + data|details|info*|record*|everything',
        'right to be forgotten|to be forgotten|forget me|forget about me',
        'erasure|deletion|erase',
        'article 17|art 17',
        'deleted|erased|removed|purged|wiped + from your|from all|from any|from every|permanently',
        'no longer|don t want you to|do not want you to + hold|keep|store|have|process + my|data|details|info*',
      ],
      objection: [
        'unsubscrib*|unsub|unsuscrib*',
        'opt out|opt me out|opting out|optout',
        'remove|take|drop|delete|strike + me + off|from + list|lists|mailing|distribution|campaign*|sequence*|emails|mailings|newsletter',
        'take me off|remove me|off your list|off the list|off this list|off my list',
        'stop|quit|cease + emailing|sending|contacting|writing|messaging|spamming|bothering|mailing',
        'stop + emails|messages|mails|mail|this|it + to me|please|now|immediately',
        'don t|do not|never|please don t|please do not + email|contact|write|message|send|mail|reach out|bother + me|to me|again|anything',
        'no more|not any more|don t send more|do not send more + emails|messages|mails|mail|contact',
        'not receive|not get|not want|don t want|do not want + any more|anymore|further|more + emails|messages|mail|mails|contact|from you',
        'i object|we object|object to|my objection|objection to',
        'leave me alone|lose my|lose this',
        'article 21|art 21',
        'stop @0.5',
      ],
      notInterested: [
        'not|no|zero|little + interested|interest',
        'not|isn t|is not + relevant|for us|for me|a fit|a good fit|a priority|something we need|what we need',
        'all set|we re good|we are good|we re fine|we are fine|we re covered|we are covered|i m good|i m all good',
        'already + have|use|using|work with|working with|got|own|signed|bought|chose|in place|happy with + provider|solution|vendor|supplier|tool|partner|one|someone|agency|system|contract|it|competitor|alternative|another|team',
        'no need|don t need|do not need|doesn t need|no use for|no requirement',
        'not looking|not in the market|not currently looking|not buying',
        'pass on this|will pass|going to pass|i ll pass|we ll pass',
        'not the right + time|person|fit|contact',
        'not at this time|not right now|not now|maybe later|another time',
        'wrong person|not the person|not my area|not responsible for',
      ],
      complaint: [
        'report|reporting|reported + you|this|your|as spam|to the + !back',
        'complain*|complaint',
        'ico|regulator|supervisory authority|data protection authority|information commissioner|dpa',
        'lawyer*|solicitor*|attorney*|legal action|legal department|legal team|court|sue|suing|lawsuit',
        'this is|that s|it s|pure|more|blatant + spam|illegal|unlawful|harassment|harrassment',
        'gdpr|pecr|data protection|privacy + violation|breach|infringement|breaching|violating|violates|breaches',
        'violat*|breach* + gdpr|law|pecr|rules|regulations|privacy',
        'spam @0.5',
        'harass*|illegal|unlawful @0.5',
        'fine|fined|penalty + gdpr|euro|eur|pounds|million',
      ],
      autoReply: [
        'out of|away from + the office|office|my desk|my email|email|the country + until|till|returning|return|back|limited|access|from|between|during|annual|holiday|vacation',
        'automatic reply|auto reply|autoreply|automated reply|automated response|automatic response|auto response|out of office|ooo',
        'on + leave|holiday|holidays|vacation|annual leave|maternity|paternity|parental|sick leave|sabbatical + until|till|returning|return|back|from|limited|access|and will|and i will',
        'i am|i m|i will be|i ll be + away|travelling|traveling|on leave|on holiday|on vacation|off + until|till|returning|back on|with limited|from',
        'limited|no + access to|access to my + email|emails|mail',
        'will respond|will reply|will get back|will answer|will read|will return + when i return|on my return|upon my return|when i m back|when i am back|after my return',
        'for urgent|in urgent|if urgent|for anything urgent|for immediate + matters|requests|issues|assistance|help|please contact|contact',
        'maternity leave|paternity leave|parental leave|sick leave|medical leave|bereavement leave @0.7',
      ],
    },
    filterPhrases: [
      'unsubscribe',
      'unsub',
      'opt out',
      'opt me out',
      'remove me',
      'take me off',
      'off your list',
      'stop emailing',
      'stop sending',
      'stop contacting',
      'do not email me',
      "don't email me",
      'do not contact me',
      'no more emails',
      'i object',
      'delete my data',
      'delete my details',
      'erase my data',
      'remove my data',
      'right to be forgotten',
    ],
  },
  reply: {
    greeting: ['Dear {name},', 'Hello,'],
    thanks: ['Thank you for your message of {receivedDate}.', 'Thank you for your message.'],
    legalBasis: {
      answer: [
        [
          'You asked what gives us the right to contact you. We rely on our legitimate interests under Article 6(1)(f) {gdpr}.',
        ],
        [['What we offer: {purpose}.'], ['Why we wrote to you: {interest}.']],
      ],
      oneAtATime: [
        'We write to people at businesses one at a time, not in bulk.',
      ],
      offerObjection: ['You can object to this at any time under Article 21(2) {gdpr}: just reply "{keyword}", and we will not contact you again.'],
    },
    source: {
      answer: [
        [
          [
            'We obtained your data from the following source: {source} (on {sourceDate}).',
            'We obtained your data from the following source: {source}.',
            'We did not collect your data from you directly.',
          ],
          ['The data concerned: {categories}.'],
        ],
      ],
      offerErasure: ['If you would rather we did not keep it, tell us and we will delete it and not contact you again.'],
    },
    access: {
      intro: [
        'You asked what personal data we hold about you. We confirm that we process personal data concerning you. Under Article 15 {gdpr}, here is a copy of that data and the information you are entitled to.',
      ],
      introBeforeErasure: [
        'You asked what personal data we hold about you, and asked us to erase it. We confirm that we process personal data concerning you. Under Article 15 {gdpr}, you will find below a copy of that data and the information you are entitled to; we will erase the data as soon as this reply has been sent.',
      ],
      dataHeading: 'The personal data we hold about you:',
      items: {
        a: [
          '(a) Purposes of the processing (on the basis of our legitimate interests, Article 6(1)(f) {gdpr}): {purpose}.',
          '(a) Purposes of the processing: contacting you about our products and services for businesses (direct marketing), on the basis of our legitimate interests (Article 6(1)(f) {gdpr}).',
        ],
        b: ['(b) Categories of personal data: {categories}.', '(b) Categories of personal data: the business contact details we used to write to you.'],
        c: ['(c) Recipients: {recipients}.', '(c) Recipients: {missing}.'],
        d: ['(d) Storage period: {retention}.', '(d) Storage period: we keep your data only for as long as we need it for this purpose.'],
        e: '(e) You have the right to request from us rectification or erasure of your personal data or restriction of its processing, and to object to its processing (Articles 16, 17, 18 and 21 {gdpr}).',
        f: [
          '(f) You have the right to lodge a complaint with a supervisory authority (Article 77 {gdpr}), in particular in the country where you live or work, or where the alleged infringement took place. For your country ({country}), that is {authority}, {authorityUrl}',
          '(f) You have the right to lodge a complaint with a supervisory authority (Article 77 {gdpr}), in particular in the country where you live or work, or where the alleged infringement took place. For your country ({country}), that is {authority}.',
          '(f) You have the right to lodge a complaint with a supervisory authority (Article 77 {gdpr}), in particular in the country where you live or work, or where the alleged infringement took place.',
        ],
        g: ['(g) Source: {source} (obtained on {sourceDate}).', '(g) Source: {source}.', '(g) Source: we did not collect your data from you directly.'],
        h: [
          '(h) Automated decision-making, including profiling: {automated}.',
          '(h) Automated decision-making, including profiling: we do not take decisions about you based solely on automated processing (Article 22 {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          '(ea) You have the right to make a complaint to us (section 164A of the Data Protection Act 2018): write to {privacyEmail}. We will acknowledge it within 30 days and tell you the outcome.',
          '(ea) You have the right to make a complaint to us (section 164A of the Data Protection Act 2018): just reply to this email. We will acknowledge it within 30 days and tell you the outcome.',
        ],
        f: [
          '(f) You have the right to make a complaint to the UK supervisory authority (section 165 of the Data Protection Act 2018): {authority}, {authorityUrl}',
          '(f) You have the right to make a complaint to the UK supervisory authority (section 165 of the Data Protection Act 2018): {authority}.',
          '(f) You have the right to make a complaint to the UK supervisory authority (section 165 of the Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Transfers to third countries (Article 15(2) {gdpr}): we do not transfer your personal data outside the European Economic Area (EEA).',
          adequacy: [
            'Transfers to third countries (Article 15(2) {gdpr}): your personal data are transferred to a third country ({destination}) for which the European Commission has adopted an adequacy decision (Article 45 {gdpr}).',
            'Transfers to third countries (Article 15(2) {gdpr}): your personal data are transferred only to countries for which the European Commission has adopted an adequacy decision (Article 45 {gdpr}).',
          ],
          scc: [
            'Transfers to third countries (Article 15(2) {gdpr}): your personal data are transferred to a third country ({destination}) under the standard data protection clauses adopted by the European Commission (Article 46(2)(c) {gdpr}). You can ask us for a copy of them.',
            'Transfers to third countries (Article 15(2) {gdpr}): your personal data are transferred outside the European Economic Area (EEA) under the standard data protection clauses adopted by the European Commission (Article 46(2)(c) {gdpr}). You can ask us for a copy of them.',
          ],
          unknown: 'Transfers to third countries (Article 15(2) {gdpr}): {missing}.',
        },
        uk: {
          none: 'Transfers outside the UK (Article 15(2) {gdpr}): we do not transfer your personal data outside the United Kingdom.',
          adequacy: [
            'Transfers outside the UK (Article 15(2) {gdpr}): your personal data are transferred to a third country ({destination}) to which transfers are approved by UK regulations (Article 45A {gdpr}).',
            'Transfers outside the UK (Article 15(2) {gdpr}): your personal data are transferred only to countries to which transfers are approved by UK regulations (Article 45A {gdpr}).',
          ],
          scc: [
            'Transfers outside the UK (Article 15(2) {gdpr}): your personal data are transferred to a third country ({destination}) under the International Data Transfer Agreement or the UK Addendum to the EU standard contractual clauses (Article 46 {gdpr}). You can ask us for a copy of them.',
            'Transfers outside the UK (Article 15(2) {gdpr}): your personal data are transferred outside the United Kingdom under the International Data Transfer Agreement or the UK Addendum to the EU standard contractual clauses (Article 46 {gdpr}). You can ask us for a copy of them.',
          ],
          unknown: 'Transfers outside the UK (Article 15(2) {gdpr}): {missing}.',
        },
      },
      outro: ['This copy is free of charge. If you would like it in another format, just let us know.'],
    },
    rectification: [
      [
        'You asked us to correct your data.',
        ['We have corrected it as follows: {correction}.', 'We have corrected it as you asked.'],
        'If anything else is inaccurate, tell us and we will put it right without delay (Article 16 {gdpr}).',
      ],
    ],
    erasure: [
      [
        'As you asked, we have erased your personal data from our contact lists and email tools (Article 17 {gdpr}), and we will not contact you again.',
        ['We have also informed the recipients of your data of the erasure: {recipients}.'],
      ],
    ],
    erasureAfterAccess: [
      [
        'As you asked, we will erase your personal data from our contact lists and email tools as soon as this reply has been sent (Article 17 {gdpr}), and we will not contact you again.',
        ['We will also inform the recipients of your data of the erasure: {recipients}.'],
      ],
    ],
    objection: [
      [
        'You told us you do not want to hear from us. We have stopped all emails to you and will no longer use your data for direct marketing (Article 21(2) and (3) {gdpr}).',
        'We have deleted your details from our prospect lists.',
      ],
    ],
    notInterested: [
      [
        'Thank you for letting us know, and sorry for the interruption. We will not contact you about this again, and we have deleted your details from our prospect lists.',
      ],
    ],
    complaint: [
      [
        'We are sorry that our email caused you concern. We take data protection seriously and would welcome the chance to put things right with you directly.',
      ],
    ],
    suppression: {
      address: [
        'So that you are never contacted again by mistake, we keep one thing: your email address on our suppression list (a "do not contact" list). We use it for nothing else.',
      ],
      hash: [
        'So that you are never contacted again by mistake, we keep one thing: a hash (a SHA-256 fingerprint) of your email address on our suppression list (a "do not contact" list). It lets us recognise your address if it turns up in a future list, and we use it for nothing else.',
      ],
    },
    authority: [
      'If you are not satisfied with our answer, you have the right to lodge a complaint with a supervisory authority (Article 77 {gdpr}), in particular in the country where you live or work, or where the alleged infringement took place.',
      ['For your country ({country}), that is {authority}, {authorityUrl}', 'For your country ({country}), that is {authority}.'],
    ],
    authorityUk: [
      'If you are not satisfied with our answer, you can make a complaint to us (section 164A of the Data Protection Act 2018) and to the UK supervisory authority (section 165 of that Act).',
      ['The UK supervisory authority: {authority}, {authorityUrl}', 'The UK supervisory authority: {authority}.'],
    ],
    contact: [
      ['If you have any further questions, please write to {privacyEmail}.', 'If you have any further questions, just reply to this email.'],
      ['You can also contact our data protection officer: {dpo}.'],
      ['Our representative in the EU (Article 27 {gdpr}): {euRepresentative}.'],
      ['Our representative in the UK (Article 27 {gdpr}): {ukRepresentative}.'],
      ['Our full privacy notice: {privacyNoticeUrl}'],
    ],
    closing: 'Kind regards,',
    missing: '[to be completed]',
    categories: {
      name: 'name',
      email: 'email address',
      phone: 'phone number',
      company: 'company',
      jobTitle: 'job title',
      profile: 'professional profile (such as LinkedIn)',
      website: 'company website',
      location: 'location',
      industry: 'industry',
    },
  },
};

export default en;
