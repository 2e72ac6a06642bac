import Taro from '@tarojs/taro'
import type { FileReader, FileSource, SliceResult } from 'tus-js-client'

/** tus-js-client measures a chunk by its `size` (a Blob's); an ArrayBuffer only has `byteLength`. */
const sized = (buf: ArrayBuffer) => Object.assign(buf, { size: buf.byteLength })

/**
 * The mini-program's temp file read a slice at a time with the file-system manager
 * (`readFile` with `position` and `length`), so a 20 MB file is never held whole in memory.
 */
export class WeappFileReader implements FileReader {
  async openFile(input: string): Promise<FileSource> {
    const fsm = Taro.getFileSystemManager()
    const size = await new Promise<number>((resolve, reject) =>
      fsm.stat({
        path: input,
        success: (res) => resolve((res.stats as { size: number }).size),
        fail: (err) => reject(new Error(err.errMsg)),
      }),
    )
    return {
      size,
      slice: (start: number, end: number) =>
        new Promise<SliceResult>((resolve, reject) => {
          const length = Math.min(end, size) - start
          if (length <= 0) return resolve({ value: sized(new ArrayBuffer(0)), done: true })
          fsm.readFile({
            filePath: input,
            position: start,
            length,
            success: (res) => resolve({ value: sized(res.data as ArrayBuffer), done: start + length >= size }),
            fail: (err) => reject(new Error(err.errMsg)),
          })
        }),
      close: () => undefined,
    }
  }
}

/** H5: the picked file as a Blob (or the blob: URL Taro's chooseImage gives), sent in slices. */
export class BlobFileReader implements FileReader {
  async openFile(input: Blob | string): Promise<FileSource> {
    const blob = typeof input === 'string' ? await (await fetch(input)).blob() : input
    return {
      size: blob.size,
      slice: async (start: number, end: number) => ({ value: blob.slice(start, end), done: end >= blob.size }),
      close: () => undefined,
    }
  }
}
