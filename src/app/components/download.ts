// Saving a file the app built: a temporary link to a blob URL, clicked, then released.
import { slug } from '../../domain';

/** The start of every exported file's name: the territory and the day. */
export function fileStem(title: string): string {
  return `maillage-${slug(title).slice(0, 60)}-${new Date().toISOString().slice(0, 10)}`;
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
