import Taro from '@tarojs/taro'
import type { UploadSource } from './resumableUpload'

/** A photo's long side after compression: enough to read a receipt or an IOU, ≈10 times smaller than a phone's original. */
export const PHOTO_LONG_SIDE = 1600
export const PHOTO_QUALITY = 0.7

const asJpg = (name: string) => name.replace(/\.(png|jpe?g|heic|webp)$/i, '') + '.jpg'

/** Width and height that fit the long side, keeping the proportions; never enlarged. */
export function fitLongSide(width: number, height: number, longSide = PHOTO_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height, 1))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/**
 * Shrinks a photo before it goes over a weak signal: long side ≈1600 px, JPEG quality ≈0.7 (a
 * 5 MB phone photo travels as a few hundred KB). H5 draws it on a canvas (compressorjs); the
 * mini-program uses getImageInfo and compressImage. When shrinking fails or gains nothing, the
 * original goes as it is. PDFs never come here.
 */
export async function compressPhoto(photo: UploadSource): Promise<UploadSource> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const blob = photo.blob ?? (await (await fetch(photo.path)).blob())
      const { default: Compressor } = await import(/* webpackChunkName: "later-compressor" */ 'compressorjs')
      const out = await new Promise<Blob>((resolve, reject) => {
        new Compressor(blob, {
          maxWidth: PHOTO_LONG_SIDE,
          maxHeight: PHOTO_LONG_SIDE,
          quality: PHOTO_QUALITY,
          mimeType: 'image/jpeg',
          success: resolve,
          error: reject,
        })
      })
      return out.size < blob.size ? { ...photo, blob: out, name: asJpg(photo.name) } : { ...photo, blob }
    }
    const info = await Taro.getImageInfo({ src: photo.path })
    const size = fitLongSide(info.width, info.height)
    const c = await Taro.compressImage({
      src: photo.path,
      quality: Math.round(PHOTO_QUALITY * 100),
      compressedWidth: size.width,
      compressedHeight: size.height,
    } as Parameters<typeof Taro.compressImage>[0])
    return { ...photo, path: c.tempFilePath, name: asJpg(photo.name) }
  } catch {
    return photo
  }
}
