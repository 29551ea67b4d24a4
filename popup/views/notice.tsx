/**
 * One notice from the worker (say, that unreadable settings were reset). When the worker
 * kept a copy of what it could not read, the notice offers it as a file: the popup reads
 * the copy straight from storage (pages may read; only the worker writes) and hands it to
 * the browser as a download through a link with `download`, which needs no permission.
 */
import { useState } from 'preact/hooks';
import { readBackup } from '../../platform/backup-read.ts';
import type { Notice } from '../../src/state/types.ts';
import { t } from '../../ui/i18n.ts';

interface Props {
  readonly notice: Notice;
  readonly onDismiss: () => void;
}

export function NoticeView({ notice, onDismiss }: Props) {
  const [gone, setGone] = useState(false);
  const { backupKey } = notice;
  return (
    <div class="notice" role="status">
      <p>
        {notice.message}{' '}
        {backupKey !== undefined &&
          (gone ? (
            t('noticeCopyGone')
          ) : (
            <button type="button" class="link" onClick={() => void saveCopy(backupKey).then((saved) => { setGone(!saved); })}>
              {t('noticeSaveCopy')}
            </button>
          ))}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** Downloads the copy as pretty JSON; false when it is no longer in storage. */
async function saveCopy(key: string): Promise<boolean> {
  const value = await readBackup(key);
  if (value === undefined) return false;
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  // backup:log:2026-03-04T12:21:46.654Z → tend-backup-log-2026-03-04T12-21-46.654Z.json
  link.download = `tend-${key.replace(/[^A-Za-z0-9.-]+/g, '-')}.json`;
  link.click();
  // Revoked later, not at once: Firefox may still be reading the blob when click() returns.
  setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
  return true;
}
