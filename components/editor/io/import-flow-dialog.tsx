'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type FlowDocument, type TestCase } from '@/core';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CancelFooter } from './cancel-footer';
import { FlowFileDropZone } from './flow-file-drop-zone';
import { FlowNameForm } from './flow-name-form';
import { ImportedTestCasesNotice } from './imported-test-cases-notice';
import { type FlowFileError } from './parse-flow-file';
import { readFlowFile } from './read-flow-file';
import { useFlowFileErrorText } from './use-flow-file-error-text';
import { useImportTestCases } from './use-import-test-cases';

export interface ImportFlowDialogProps {
  open: boolean;
  /** `replace`: into the open flow's draft (the caller uses `replaceDocument`, undoable). `create`: a new flow named by the user. */
  mode: 'replace' | 'create';
  /**
   * The validated (and migrated) document, its name (create: as typed; replace: the file's) and the
   * file's test cases (often none). The caller closes the dialog.
   */
  onImported: (doc: FlowDocument, name: string, tests: TestCase[]) => void;
  /**
   * Replace mode: the open flow. Given, the file's test cases are added to it (`testCase.importMany`)
   * right after `onImported`, and "Imported 3 test cases" shows once done. Create mode: the caller
   * creates the flow with them (`flow.create`'s `tests`, one transaction).
   */
  flowId?: string;
  onClose: () => void;
  /** Create mode: the flow is being created. */
  pending?: boolean;
  /** Create mode: the server's refusal, already in the UI language. */
  error?: string | null;
}

type Picked =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'failed'; fileName: string; errors: FlowFileError[] }
  | { status: 'ready'; fileName: string; name: string; document: FlowDocument; tests: TestCase[] };

/**
 * Picks or drops a flow file, lists every problem in the UI language, then imports it (with its
 * test cases in replace mode when `flowId` is given; their outcome shows after the dialog closes).
 */
export function ImportFlowDialog(props: ImportFlowDialogProps) {
  const t = useTranslations('editorSave.import');
  const testCases = useImportTestCases();
  const { flowId, onImported } = props;
  const imported = (doc: FlowDocument, name: string, tests: TestCase[]) => {
    onImported(doc, name, tests);
    if (props.mode === 'replace' && flowId && tests.length > 0) testCases.importTests(flowId, tests);
  };
  return (
    <>
      <Dialog
        open={props.open}
        onClose={props.onClose}
        title={props.mode === 'replace' ? t('replaceTitle') : t('createTitle')}
      >
        <ImportBody {...props} onImported={imported} />
      </Dialog>
      <ImportedTestCasesNotice state={testCases} />
    </>
  );
}

function ImportBody({
  mode,
  onImported,
  onClose,
  pending = false,
  error = null,
  flowId,
}: ImportFlowDialogProps) {
  const t = useTranslations('editorSave.import');
  const tt = useTranslations('simulator.tests.import');
  const common = useTranslations('common');
  const errorText = useFlowFileErrorText();
  const [picked, setPicked] = useState<Picked>({ status: 'idle' });

  const pick = async (file: File) => {
    setPicked({ status: 'reading' });
    const result = await readFlowFile(file);
    if (!result.ok) setPicked({ status: 'failed', fileName: file.name, errors: result.errors });
    else
      setPicked({
        status: 'ready',
        fileName: file.name,
        name: result.name ?? '',
        document: result.document,
        tests: result.tests ?? [],
      });
  };

  return (
    <div className="flex flex-col gap-4">
      <FlowFileDropZone
        onFile={(file) => void pick(file)}
        disabled={pending || picked.status === 'reading'}
      />
      {picked.status === 'reading' ? (
        <p role="status" className="text-sm text-slate-600">
          {t('reading')}
        </p>
      ) : null}
      {picked.status === 'failed' ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p className="font-medium">{t('errorsTitle', { file: picked.fileName })}</p>
          <ul className="mt-1 max-h-48 list-disc overflow-auto pl-5" data-testid="import-errors">
            {picked.errors.map((item, index) => (
              <li key={index} className="break-words">
                {errorText(item)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {picked.status === 'ready' ? (
        <>
          <Alert tone="success">
            {t('ready', { name: picked.name || picked.fileName, count: picked.document.nodes.length })}
            {picked.tests.length > 0 ? (
              <>
                {' '}
                {mode === 'create' || flowId
                  ? tt('willImport', { count: picked.tests.length })
                  : tt('notImported', { count: picked.tests.length })}
              </>
            ) : null}
          </Alert>
          {mode === 'create' ? (
            <FlowNameForm
              key={picked.fileName}
              initialName={picked.name.slice(0, 80)}
              pending={pending}
              error={error}
              labels={{ name: t('name'), create: t('create'), creating: t('creating') }}
              onSubmit={(name) => onImported(picked.document, name, picked.tests)}
              onCancel={onClose}
            />
          ) : (
            <>
              <p className="text-sm text-slate-700">{t('replaceWarning')}</p>
              <div className="flex justify-end gap-2">
                <Button variant="secondary" onClick={onClose}>
                  {common('cancel')}
                </Button>
                <Button
                  onClick={() => onImported(picked.document, picked.name || picked.fileName, picked.tests)}
                >
                  {t('replace')}
                </Button>
              </div>
            </>
          )}
        </>
      ) : (
        <CancelFooter onCancel={onClose} />
      )}
    </div>
  );
}
