// What the app says about keeping the work in this browser. The promise that the territory
// is kept is shown only once a save has really been written; when the browser refuses it
// (no IndexedDB, storage blocked, quota full) the app says so plainly and offers the
// workspace file, the only way left to find the work again.
import { useText } from '../i18n/text-context.tsx';

/** 'unknown' until the first autosave has been tried. */
export type StorageState = 'unknown' | 'kept' | 'refused';

interface Props {
  /** The status bar gets the short line; the details panel the full explanation. */
  place: 'status' | 'panel';
  onDownload: () => void;
}

export function StorageNotice({ place, onDownload }: Props) {
  const t = useText();
  return (
    <span className={`notice error storage-${place}`} data-testid={`not-kept-${place}`}>
      {place === 'status' ? t.notKeptShort : t.notKept}{' '}
      <button type="button" data-testid={`not-kept-download-${place}`} onClick={onDownload}>
        {t.downloadWorkspace}
      </button>
    </span>
  );
}
