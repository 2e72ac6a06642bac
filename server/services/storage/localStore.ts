import fs from 'node:fs'
import path from 'node:path'
import { checkedKey, StorageError, verified, type ObjectStore } from './objectStore'

/**
 * Objects as files in one directory (`UPLOAD_DIR/files`), named by their hash. A put links the
 * finished temporary file into place, which fails if the name exists, so two processes storing
 * the same bytes at once leave one object and neither overwrites the other. A put of bytes
 * already there refreshes the object's time, so the orphan sweep (which removes only objects
 * untouched for half an hour with no row) never takes one an upload is about to record.
 */
/** Links the file into place (refusing an existing name); across file systems, an exclusive copy does the same. */
async function place(source: string, target: string): Promise<void> {
  try {
    await fs.promises.link(source, target)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    await fs.promises.copyFile(source, target, fs.constants.COPYFILE_EXCL)
  }
}

export function localObjectStore(dir: string): ObjectStore & { dir: string } {
  const pathOf = (key: string) => path.join(dir, checkedKey(key))
  return {
    kind: 'local',
    dir,
    async putFile(sha256, source) {
      await fs.promises.mkdir(dir, { recursive: true })
      const target = pathOf(sha256)
      try {
        await place(source, target)
        return { created: true }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
        const now = new Date()
        await fs.promises.utimes(target, now, now)
        return { created: false }
      } finally {
        await fs.promises.rm(source, { force: true })
      }
    },
    async read(key, sha256) {
      try {
        return verified(key, await fs.promises.readFile(pathOf(key)), sha256)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageError('STORAGE_MISSING', `object ${key} is not in ${dir}`)
        throw err
      }
    },
    async check() {
      await fs.promises.mkdir(dir, { recursive: true })
      await fs.promises.access(dir, fs.constants.W_OK)
    },
  }
}
