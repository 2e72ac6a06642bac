import path from 'node:path'
import type { AppConfig } from '../../config'
import { localObjectStore } from './localStore'
import type { ObjectStore } from './objectStore'
import { s3ObjectStore } from './s3Store'

export type { ObjectStore } from './objectStore'
export { StorageError, storageRefusal } from './objectStore'

/** The store the configuration names: a bucket with STORAGE=s3, otherwise `UPLOAD_DIR/files` on this machine. */
export function createObjectStore(config: Pick<AppConfig, 'storage' | 'uploadDir'>): ObjectStore {
  if (config.storage.kind === 's3') return s3ObjectStore(config.storage)
  return localObjectStore(path.join(config.uploadDir, 'files'))
}
