/**
 * The list cleaner (English). `{name}` placeholders are filled by `format()`; `{term}`-style
 * placeholders inside a sentence are glossary links the island renders in their place. Labels
 * marked "contract" are relied on outside this repo: keep their English exactly.
 */
export const cleaner = {
  noscript: 'The list cleaner runs in your browser and needs JavaScript. For scripts and very large files, use the command line tool described below.',
  terms: {
    suppressionList: 'suppression list',
    consent: 'consent',
    roleAddress: 'role address',
    disposable: 'disposable',
    hashedList: 'hashed list',
  },

  empty: {
    title: 'What you get',
    intro: 'Add a lead list (CSV, TSV or Excel .xlsx) and, if you have one, a {suppressionList}. After cleaning you see:',
    chart: 'a chart of why rows were removed, with the counts;',
    preview: 'a preview of the kept rows, with all their columns;',
    flagged: 'the rows kept but flagged (role, free-mail, consent country, formula), with the choice to remove them;',
    downloads: 'the cleaned list to download, and a report of every removed row.',
    example: 'Or see it on sample files first:',
  },
  example: {
    button: 'Try an example',
    loading: 'Loading the sample files…',
    failed: 'The sample files could not be loaded. Reload the page and try again.',
    loaded: 'Loaded sample files (fictional people at example domains) and cleaned them: {leads} and {suppression}.',
    ask: 'Replace your files with the sample files?',
    confirm: 'Yes, use the samples',
  },

  files: {
    legend: 'Files',
    /** Contract label. */
    leads: 'Lead list',
    leadsHint: 'CSV or TSV from Excel, Google Sheets, HubSpot, Pipedrive, Apollo, lemlist…, or an Excel workbook (.xlsx).',
    /** Contract label. */
    suppression: 'Suppression list',
    suppressionHint: 'Any layout: email addresses, domains (acme.com, @acme.com, *.acme.com), MD5 or SHA-256 hashes of addresses. What is a {suppressionList}?',
    fileSize: { one: '{name} ({count} byte)', other: '{name} ({count} bytes)' },
    remove: 'Remove {name}',
    sheet: 'Sheet',
    sheetHint: 'This workbook has several sheets: choose the one that holds the leads.',
    readingSheet: 'Reading the spreadsheet…',
    fromSheet: 'Sheet “{sheet}” of {name}, read as CSV.',
  },
  errors: {
    wrongType: '“{name}” is not a CSV, TSV or .xlsx file. Export the list as CSV (or save it as .xlsx) and choose that file.',
    suppressionWrongType: '“{name}” is not a CSV, TSV or text file. Export the suppression list as CSV and choose that file.',
    empty: '“{name}” is empty (0 bytes). Export the list again and choose that file.',
    notWorkbook: '“{name}” could not be read as an Excel workbook. Open it in your spreadsheet and save it again as .xlsx, or export it as CSV.',
  },

  detected: {
    legend: 'What was detected',
    encoding: 'Encoding',
    delimiter: 'Delimiter',
    delimiters: { comma: 'Comma (,)', semicolon: 'Semicolon (;)', tab: 'Tab', pipe: 'Pipe (|)' },
    headerRow: 'Header row',
    emailColumn: 'Email column',
    chooseEmailColumn: 'Choose the email column',
    column: 'Column {number}',
    encodingGuessed: 'The encoding ({encoding}) was guessed from the letters of the first rows: if names look wrong, choose another.',
    emailByContent: 'The email column was found by its content.',
    countryColumn: 'Country column: {column}.',
    noEmailColumn: 'No column looks like email addresses: choose it above.',
    optOutIntro: 'Opt-out and bounce columns found in the list (rows marked there are removed, and so is every other row with the same address):',
    honour: 'Honour column “{column}”',
  },

  workspace: {
    from: 'From your campaign plan (“{campaign}”): target countries {countries}.',
    fromUnnamed: 'From your campaign plan: target countries {countries}.',
    consent: 'Cold email to named addresses needs {consent} in {countries}: rows there are flagged as “Consent-required country” (by their country column, else their address’s country domain).',
    noConsent: 'None of them requires {consent} for cold email to named addresses; rows in countries that do are still flagged.',
  },

  options: {
    legend: 'Options',
    canonical: 'Treat Gmail dots and +tags as one mailbox',
    disposable: 'Remove disposable addresses',
    role: 'Remove role addresses (info@, sales@, noreply@ …)',
    free: 'Remove free-mail addresses (gmail.com, yahoo.com …)',
    consentCountry: 'Remove addresses in countries where cold email needs consent',
    protectFormulas: 'Protect against spreadsheet formulas',
    bom: 'Start files with a UTF-8 byte order mark (helps Excel)',
    hash: 'Hash algorithm for the hashed list',
    lists: 'Lists: {disposable}, {free}, {role}.',
    clearQuestion: 'Reset the options to their defaults and forget the saved choices?',
    clearConfirm: 'Yes, reset them',
  },

  run: {
    /** Contract label. */
    clean: 'Clean list',
    cancel: 'Cancel',
    needLeads: 'Add a lead list first.',
    needInspection: 'Reading the lead list…',
    needEmailColumn: 'Choose the email column first.',
    needSheet: 'Wait for the spreadsheet to be read.',
    running: 'Cleaning is running.',
    phases: { starting: 'Starting', suppression: 'Reading suppression lists', scan: 'Finding opt-outs', clean: 'Cleaning' },
    amount: '{done} of {total} MB',
    progressText: '{percent}%, {done} of {total} MB',
    cancelled: 'Cancelled. Nothing was written; you can start again.',
    crashed: 'The list cleaner stopped unexpectedly. Reload the page and try again.',
  },

  /**
   * What the cleaning engine says (src/lib/clean/messages.ts), one entry per code, worded by
   * `engineMessage` (src/lib/i18n/engine-messages.ts). The CLI prints these English sentences.
   * `{file}`, `{cell}`, `{name}`, `{columns}` and encodings are left to right in any language.
   */
  engine: {
    empty: '"{file}" is empty (0 bytes). Export the list again as CSV and load that file.',
    blank: '"{file}" holds no text, only white space. Export the list again as CSV and load that file.',
    firstLineTooLong: 'The first line of "{file}" is longer than {megabytes} MB: this is not a list of rows. Check that it is the CSV export.',
    notCsv: {
      xlsx: '"{file}" is an Excel workbook (.xlsx), not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and load that file.',
      numbers: '"{file}" is an Apple Numbers document, not a CSV file. In Numbers, choose File → Export To → CSV and load that file.',
      ods: '"{file}" is an OpenDocument spreadsheet (.ods), not a CSV file. In LibreOffice, choose File → Save As → "Text CSV" and load that file.',
      zip: '"{file}" is a ZIP archive. Unzip it and load the CSV file inside.',
      xls: '"{file}" is an old Excel workbook (.xls), not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and load that file.',
      pdf: '"{file}" is a PDF, not a CSV file. Export the list from your CRM or spreadsheet as CSV instead.',
      binary: '"{file}" is not a text file. Save the list as CSV (comma- or semicolon-separated text) and load that file.',
    },
    addressInHeader: 'The first row of "{file}" holds an email address ({cell}), not column names. Add a header row (for example "Email") above the data and load the file again.',
    noEmailColumn: 'No column of "{file}" looks like email addresses (columns: {columns}). Say which one holds them: "Email column" on the page, --email-column in the CLI.',
    noColumnNumber: { one: 'There is no column {number}: the header has {count} column.', other: 'There is no column {number}: the header has {count} columns.' },
    noColumnNamed: 'There is no column named "{name}". The columns are: {columns}.',
    /** The first column names, and how many others there are. */
    moreColumns: { one: '{columns} and {count} more', other: '{columns} and {count} more' },
    unbalancedQuote: '"{file}": Unbalanced quote: the quoted field that starts on line {line} never closes. Check that line for a stray " character.',
    fieldTooLong: '"{file}": The quoted field that starts on line {line} is longer than {max} characters, so its closing quote is most likely missing. Check that line for a stray " character.',
    encodingChanges:
      '"{file}" changes encoding: its rows up to row {row} read as {before}, the rows after that as {after}. A list put together from two exports has to be saved again in one encoding (in Excel: Save As "CSV UTF-8"); or choose the encoding ("Encoding" on the page, --encoding in the CLI).',
    /** How a file was read: decided after an ASCII start of `{size}` (`Late`), and/or guessed from few letters (`Guess`). */
    reading: {
      listLate: 'The list holds only ASCII characters for its first {size}; the rest reads as {encoding}, and so it was read.',
      listLateGuess:
        'The list holds only ASCII characters for its first {size}; the rest reads as {encoding}, and so it was read (a guess from its letters: few of them, or they read almost as well in another code page). If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.',
      listGuess:
        'The list was read as {encoding} (a guess from its letters: few of them, or they read almost as well in another code page). If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.',
      fileLate: 'The suppression file "{file}" holds only ASCII characters for its first {size}; the rest reads as {encoding}, and so it was read.',
      fileLateGuess:
        'The suppression file "{file}" holds only ASCII characters for its first {size}; the rest reads as {encoding}, and so it was read (a guess from its letters: few of them, or they read almost as well in another code page). If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.',
      fileGuess:
        'The suppression file "{file}" was read as {encoding} (a guess from its letters: few of them, or they read almost as well in another code page). If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.',
    },
    /** Rows of the lead list with bad bytes: one row or several, read in `{encodings}` or written as U+FFFD (`Replaced`). */
    badRows: {
      single: 'Row {rows} holds bytes that are not valid {encoding}: they were read as {encodings} characters, where they most likely come from. Check it.',
      several: 'Rows {rows} hold bytes that are not valid {encoding}: they were read as {encodings} characters, where they most likely come from. Check them.',
      singleReplaced: 'Row {rows} holds bytes that are not valid {encoding}: each was written as �. Check it.',
      severalReplaced: 'Rows {rows} hold bytes that are not valid {encoding}: each was written as �. Check them.',
    },
    skipped: { one: '{count} line above the header row was skipped; the report lists it.', other: '{count} lines above the header row were skipped; the report lists them.' },
    /** Lines of a suppression file with bad bytes, read as a code page (a UTF-8 file) or written as U+FFFD. */
    suppressionBadLines: {
      single: 'The suppression file "{file}": Line {lines} holds bytes that are not valid {encoding}; they were read as characters of the Windows code page they most likely are.',
      several: 'The suppression file "{file}": Lines {lines} hold bytes that are not valid {encoding}; they were read as characters of the Windows code page they most likely are.',
      singleReplaced: 'The suppression file "{file}": Line {lines} holds bytes that are not valid {encoding}; they were read as �.',
      severalReplaced: 'The suppression file "{file}": Lines {lines} hold bytes that are not valid {encoding}; they were read as �.',
    },
    /** The first of many row or line numbers. */
    firstOf: '{numbers} … ({count} in all)',
    /** Between the numbers of a list of rows or lines. */
    separator: ', ',
    size: {
      bytes: { one: '{count} byte', other: '{count} bytes' },
      kilobytes: '{count} KB',
      megabytes: '{count} MB',
    },
  },

  results: {
    label: 'Results',
    summary: '{rows}: {kept} kept, {removed} removed.',
    rows: { one: '{count} row', other: '{count} rows' },
    notes: 'Notes',
    nothingRemoved: 'No row was removed.',
    chart: {
      title: 'Why rows were removed',
      reason: 'Reason',
      count: 'Rows',
    },
    reasons: {
      missing: 'Missing email',
      invalid: 'Invalid address',
      optedOut: 'Opted out or bounced (marked in the list)',
      suppressed: 'On a suppression list',
      duplicate: 'Duplicate',
      disposable: 'Disposable domain',
      role: 'Role address',
      free: 'Free-mail provider',
      consentCountry: 'Consent-required country',
      formula: 'A cell starts like a formula',
    },
    kept: {
      title: 'Preview of kept rows',
      firstOf: { one: 'The first {shown} of {count} kept row.', other: 'The first {shown} of {count} kept rows.' },
      all: { one: 'The {count} kept row.', other: 'All {count} kept rows.' },
      none: 'No row was kept.',
      row: 'Row',
    },
    flagged: {
      title: 'Kept but flagged',
      intro: 'These rows are in the cleaned list. Check them, or remove them before you download.',
      count: { one: '{reason}: {count} row', other: '{reason}: {count} rows' },
      keptClass: { one: '{reason}: {count} row kept. Remove it before download', other: '{reason}: {count} rows kept. Remove them before download' },
      removedClass: { one: '{reason}: {count} row removed before download', other: '{reason}: {count} rows removed before download' },
      formulaNote: 'Formula-like cells are made harmless in the download with a leading apostrophe while “Protect against spreadsheet formulas” is ticked.',
      shownOf: { one: 'The first {shown} of {count} row.', other: 'The first {shown} of {count} rows.' },
      reasonColumn: 'Why',
      rerunning: 'Cleaning again with your choice…',
    },
    /** A removed row's detail in the preview (the report file keeps the run's English, see src/lib/clean/row-detail.ts). */
    details: {
      emptyCell: 'the email cell is empty',
      invalidAddress: 'not a valid address: {value}',
      optedOutAt: 'opted out at row {row}',
      suppressedEmail: 'email {value}',
      suppressedDomain: 'domain {value}',
      suppressedHash: '{value} hash',
      duplicateOf: 'duplicate of row {row}',
      disposableDomain: 'disposable domain {value}',
      roleAddress: 'role address {value}',
      freeMail: 'free mail provider {value}',
      consentByColumn: '{country} requires prior consent (country column)',
      consentByDomain: '{country} requires prior consent ({value} domain)',
    },
    removed: {
      title: 'Removed rows',
      firstOf: { one: 'First rows removed: {reason} ({count} row)', other: 'First rows removed: {reason} ({count} rows)' },
      row: 'Row',
      detail: 'Detail',
    },
    counts: {
      title: 'All counts',
      suppression: 'Suppression entries',
      suppressionValue: '{emails}, {domains}, {hashes}, {ignored}',
      emails: { one: '{count} email', other: '{count} emails' },
      domains: { one: '{count} domain', other: '{count} domains' },
      hashes: { one: '{count} hash', other: '{count} hashes' },
      ignored: { one: '{count} ignored cell', other: '{count} ignored cells' },
    },
    downloads: {
      title: 'Download',
      cleaned: 'Download cleaned list',
      report: 'Download removal report',
      hashed: 'Download hashed suppression list',
      copyJson: 'Copy summary as JSON',
      hashedNote: 'The {hashedList} holds one {algorithm} hash per suppression address ({emails}), to share with a partner without sharing the addresses. Hashes are pseudonymous, not anonymous: they are still personal data.',
    },
  },
} as const;
