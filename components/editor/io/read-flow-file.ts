import { MAX_FLOW_FILE_BYTES, parseFlowFile, type ParseFlowFileResult } from './parse-flow-file';

/** Reads a picked or dropped file as a flow; refuses files over 5 MB without reading them. */
export async function readFlowFile(file: Blob & { name?: string }): Promise<ParseFlowFileResult> {
  if (file.size > MAX_FLOW_FILE_BYTES)
    return { ok: false, errors: [{ code: 'too-large', maxBytes: MAX_FLOW_FILE_BYTES }] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: [{ code: 'unreadable' }] };
  }
  return parseFlowFile({ text, ...(file.name ? { fileName: file.name } : {}) });
}
