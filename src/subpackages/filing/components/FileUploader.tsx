import { Button, Progress, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { ApiError } from '../../../api/errors'
import { toApiError } from '../../../api/errors'
import type { FileInfo } from '../../../api/filings'
import { FieldError } from '../../../components/FieldError/FieldError'
import { compressPhoto } from '../upload/compressPhoto'
import { resumableUpload, type ResumableUpload, type UploadSource } from '../upload/resumableUpload'
import { Icon } from '../../../components/Icon/Icon'

interface Pending {
  localPath: string
  source: UploadSource
  name: string
  percent: number
  sentBytes: number
  totalBytes: number
  waiting: boolean
  error: ApiError | null
}

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(n / 1024))}KB`)
/** "1.2 MB": what the progress line says, in the units a phone's own screens use. */
export const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(n > 0 ? 1 : 0, Math.round(n / 1024))} KB`)

/** Lets the user pick a PDF: WeChat chats in the mini-program, the file picker on H5. */
async function choosePdf(): Promise<UploadSource[]> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'application/pdf'
      input.onchange = () => resolve(Array.from(input.files ?? []).map((f) => ({ path: URL.createObjectURL(f), blob: f, name: f.name })))
      input.click()
    })
  }
  const res = await Taro.chooseMessageFile({ count: 5, type: 'file', extension: ['pdf'] })
  return res.tempFiles.map((f) => ({ path: f.path, name: f.name }))
}

/** Photos from the camera or album, compressed on the phone (long side 1600 px) before they go over a weak signal. */
async function choosePhotos(): Promise<UploadSource[]> {
  if (process.env.TARO_ENV === 'weapp') {
    // chooseImage is deprecated in the mini-program; chooseMedia is its replacement (base library 2.10.0).
    const media = await Taro.chooseMedia({ count: 6, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['camera', 'album'] })
    return Promise.all(media.tempFiles.map((f, i) => compressPhoto({ path: f.tempFilePath, name: `照片${i + 1}.jpg` })))
  }
  // H5: Taro's chooseImage is the browser's file picker and hands over the File itself.
  const res = await Taro.chooseImage({ count: 6, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
  const picked = res.tempFiles.map((f, i) => {
    const file = (f as { originalFileObj?: File }).originalFileObj
    return { path: f.path, ...(file ? { blob: file } : {}), name: file?.name ?? `照片${i + 1}.jpg` }
  })
  return Promise.all(picked.map(compressPhoto))
}

/**
 * Files attached to one evidence item, each sent in resumable chunks: bytes sent of the total, a
 * cancel, and, when the signal drops, the upload waits and goes on by itself from the last byte the
 * server has. Only a refusal (a file that is not a photo or PDF, too large) asks the user to act.
 */
export function FileUploader(props: { idPrefix: string; files: FileInfo[]; onChange: (files: FileInfo[]) => void }) {
  const [pending, setPending] = useState<Pending[]>([])
  const uploads = useRef(new Map<string, ResumableUpload>())
  const filesRef = useRef(props.files)
  filesRef.current = props.files

  const start = (p: UploadSource) => {
    setPending((list) => [
      ...list.filter((x) => x.localPath !== p.path),
      { localPath: p.path, source: p, name: p.name, percent: 0, sentBytes: 0, totalBytes: p.blob?.size ?? 0, waiting: false, error: null },
    ])
    const up = resumableUpload(p, (prog) =>
      setPending((list) =>
        list.map((x) =>
          x.localPath === p.path
            ? {
                ...x,
                percent: prog.totalBytes ? Math.floor((prog.sentBytes / prog.totalBytes) * 100) : 0,
                sentBytes: prog.sentBytes,
                totalBytes: prog.totalBytes,
                waiting: prog.waiting,
              }
            : x,
        ),
      ),
    )
    uploads.current.set(p.path, up)
    up.promise.then(
      (info) => {
        uploads.current.delete(p.path)
        setPending((list) => list.filter((x) => x.localPath !== p.path))
        props.onChange([...filesRef.current, info])
      },
      (err) => {
        uploads.current.delete(p.path)
        const e = toApiError(err)
        if (e.code === 'CANCELED') setPending((list) => list.filter((x) => x.localPath !== p.path))
        else setPending((list) => list.map((x) => (x.localPath === p.path ? { ...x, error: e } : x)))
      },
    )
  }

  const pick = async (chooser: () => Promise<UploadSource[]>) => {
    try {
      for (const f of await chooser()) start(f)
    } catch {
      // the user closed the picker
    }
  }

  return (
    <View className='uploader'>
      {props.files.map((f) => (
        <View key={f.id} className='uploader__file'>
          <View className='icon-line'>
            <Icon name={f.mime === 'application/pdf' ? 'file-text' : 'image'} />
            <Text>
              {f.name}（{kb(f.size)}）
            </Text>
          </View>
          <Text className='link' onClick={() => props.onChange(props.files.filter((x) => x.id !== f.id))}>
            删除
          </Text>
        </View>
      ))}
      {pending.map((p) => (
        <View key={p.localPath} className='uploader__file uploader__file--pending'>
          <Text>{p.name}</Text>
          {p.error ? (
            <View>
              <FieldError message={p.error.message} />
              <Button className='btn' onClick={() => start(p.source)}>
                重新上传
              </Button>
            </View>
          ) : (
            <View>
              <Progress percent={p.percent} strokeWidth={8} activeColor='#b71c1c' />
              <Text className='muted upload-progress' aria-live='polite'>
                {p.totalBytes ? `已发送 ${mb(p.sentBytes)} / 共 ${mb(p.totalBytes)}` : '正在准备上传…'}
              </Text>
              {p.waiting ? <Text className='muted upload-waiting'>信号不好，已传的部分保存在服务器上，恢复后自动接着传</Text> : null}
              <Button className='btn upload-cancel' onClick={() => uploads.current.get(p.localPath)?.cancel()}>
                取消
              </Button>
            </View>
          )}
        </View>
      ))}
      <View className='uploader__buttons'>
        <Button className='btn' id={`${props.idPrefix}-photo`} onClick={() => pick(choosePhotos)}>
          拍照或选照片
        </Button>
        <Button className='btn' id={`${props.idPrefix}-pdf`} onClick={() => pick(choosePdf)}>
          选择 PDF 文件
        </Button>
      </View>
    </View>
  )
}
