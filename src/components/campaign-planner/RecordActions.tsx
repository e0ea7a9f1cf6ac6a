import { useState } from 'react';
import Alert, { type AlertKind } from '../shared/Alert';
import ConfirmButton from '../shared/ConfirmButton';
import FileDrop from '../shared/FileDrop';
import { downloadText } from '../shared/download';
import { SITE_BASE } from '../shared/site-path';
import { useLocale } from '../shared/locale';
import { format } from '../../lib/i18n/format';
import type { PlannerCountry } from '../../lib/planner/countries';
import { parseRecordFile, recordFileName, recordToJson, recordToMarkdown } from '../../lib/planner/record-file';
import type { CampaignRecord } from '../../lib/planner/schema';
import { useWords } from './messages';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Props {
  record: CampaignRecord;
  countries: PlannerCountry[];
  replace(record: CampaignRecord): void;
  clear(): void;
}

/** Export (Markdown or JSON), print, import (with undo) and clear (after asking) the record. */
export default function RecordActions({ record, countries, replace, clear }: Props) {
  const { m, common } = useWords();
  const locale = useLocale();
  const r = m.record;
  const [format_, setFormat] = useState<'md' | 'json'>('md');
  const [message, setMessage] = useState<{ kind: AlertKind; text: string; undo?: CampaignRecord } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importKey, setImportKey] = useState(0);

  function exportRecord() {
    if (format_ === 'json') downloadText(recordToJson(record), recordFileName(record, 'json'), 'application/json');
    else
      downloadText(
        recordToMarkdown(record, countries, { exportedOn: today(), siteUrl: location.origin + SITE_BASE + (locale === 'en' ? '' : `/${locale}`) }, m, locale),
        recordFileName(record, 'md'),
        'text/markdown',
      );
    setImportError(null);
    setMessage({ kind: 'success', text: format(r.exported, { format: r.formatNames[format_] }) });
  }

  async function importRecord(file: File | undefined) {
    if (!file) return;
    const parsed = parseRecordFile(await file.text());
    setImportKey((k) => k + 1);
    if (!parsed.ok) {
      setMessage(null);
      const reason = format(r.importErrors[parsed.reason], { details: parsed.details ?? '' });
      return setImportError(format(r.importFailed, { file: file.name, reason }));
    }
    setImportError(null);
    setMessage({ kind: 'success', text: format(r.imported, { file: file.name }), undo: record });
    replace(parsed.record);
  }

  return (
    <div className="cp-toolbar">
      <fieldset className="cp-format">
        <legend>{r.formatLegend}</legend>
        <label className="cp-check">
          <input type="radio" name="cp-format" value="md" checked={format_ === 'md'} onChange={() => setFormat('md')} />
          {r.formatMarkdown}
        </label>
        <label className="cp-check">
          <input type="radio" name="cp-format" value="json" checked={format_ === 'json'} onChange={() => setFormat('json')} />
          {r.formatJson}
        </label>
      </fieldset>
      <div className="tool-actions">
        <button type="button" className="tool-primary" onClick={exportRecord}>
          {r.export}
        </button>
        <button type="button" onClick={() => window.print()}>
          {r.print}
        </button>
      </div>
      <FileDrop
        key={importKey}
        label={r.import}
        name="record"
        accept=".json,.md,application/json,text/markdown,text/plain"
        hint={r.importHelp}
        error={importError}
        dropHints={common}
        onFiles={(files) => void importRecord(files[0])}
      />
      <div className="cp-clear">
        <ConfirmButton
          label={common.clearSavedData}
          question={r.clearQuestion}
          confirmLabel={r.clearConfirm}
          cancelLabel={common.keepIt}
          onConfirm={() => {
            clear();
            setImportError(null);
            setMessage({ kind: 'info', text: r.cleared });
          }}
        />
        <p className="tool-hint">{r.clearHelp}</p>
      </div>
      <div role="status" className="cp-status">
        {message && (
          <Alert kind={message.kind}>
            {message.text}{' '}
            {message.undo && (
              <button
                type="button"
                className="tool-link"
                onClick={() => {
                  replace(message.undo!);
                  setMessage({ kind: 'info', text: r.importUndone });
                }}
              >
                {r.undoImport}
              </button>
            )}
          </Alert>
        )}
      </div>
    </div>
  );
}
