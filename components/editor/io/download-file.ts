/** Makes the browser save `content` as a file named `filename` (Blob, object URL, `<a download>`). */
export function downloadFile(input: { filename: string; content: string; type?: string }): void {
  const blob = new Blob([input.content], { type: input.type ?? 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = input.filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next task: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
