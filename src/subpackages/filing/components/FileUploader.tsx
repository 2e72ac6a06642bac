import { Button, Progress, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { ApiError } from '../../../api/errors'
import { toApiError } from '../../../api/errors'
import { uploadFile, type Upload } from '../../../api/files'
import type { FileInfo } from '../../../api/filings'
import { FieldError } from '../../../components/FieldError/FieldError'

interface Pending {
  localPath: string
  name: string
  percent: number
  sentBytes: number
  totalBytes: number
  error: ApiError | null
}

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(n / 1024))}KB`)

/** Lets the user pick a PDF: WeChat chats in the mini-program, the file picker on H5. */
async function choosePdf(): Promise<Array<{ path: string; name: string }>> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'application/pdf'
      input.onchange = () => resolve(Array.from(input.files ?? []).map((f) => ({ path: URL.createObjectURL(f), name: f.name })))
      input.click()
    })
  }
  const res = await Taro.chooseMessageFile({ count: 5, type: 'file', extension: ['pdf'] })
  return res.tempFiles.map((f) => ({ path: f.path, name: f.name }))
}

/** Photos from the camera or album, compressed before they go over a weak signal. */
async function choosePhotos(): Promise<Array<{ path: string; name: string }>> {
  const res = await Taro.chooseImage({ count: 6, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
  const picked = res.tempFiles.map((f, i) => ({ path: f.path, name: (f as { originalFileObj?: File }).originalFileObj?.name ?? `照片${i + 1}.jpg` }))
  return Promise.all(
    picked.map(async (p) => {
      if (process.env.TARO_ENV === 'h5') return p
      try {
        const c = await Taro.compressImage({ src: p.path, quality: 70 })
        return { ...p, path: c.tempFilePath }
      } catch {
        return p
      }
    }),
  )
}

/**
 * Files attached to one evidence item: progress with bytes, cancel, and a retry that starts the
 * upload again from the file still on the phone when the signal dropped.
 */
export function FileUploader(props: { idPrefix: string; files: FileInfo[]; onChange: (files: FileInfo[]) => void }) {
  const [pending, setPending] = useState<Pending[]>([])
  const uploads = useRef(new Map<string, Upload>())
  const filesRef = useRef(props.files)
  filesRef.current = props.files

  const start = (p: { path: string; name: string }) => {
    setPending((list) => [
      ...list.filter((x) => x.localPath !== p.path),
      { localPath: p.path, name: p.name, percent: 0, sentBytes: 0, totalBytes: 0, error: null },
    ])
    const up = uploadFile(p.path, p.name, (prog) =>
      setPending((list) =>
        list.map((x) => (x.localPath === p.path ? { ...x, percent: prog.percent, sentBytes: prog.sentBytes, totalBytes: prog.totalBytes } : x)),
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

  const pick = async (chooser: () => Promise<Array<{ path: string; name: string }>>) => {
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
          <Text>
            {f.mime === 'application/pdf' ? '📄' : '🖼️'} {f.name}（{kb(f.size)}）
          </Text>
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
              <Button className='btn' onClick={() => start({ path: p.localPath, name: p.name })}>
                重新上传
              </Button>
            </View>
          ) : (
            <View>
              <Progress percent={p.percent} strokeWidth={8} activeColor='#b71c1c' />
              <Text className='muted'>
                已上传 {p.percent}%{p.totalBytes ? `（${kb(p.sentBytes)} / ${kb(p.totalBytes)}）` : ''}
              </Text>
              <Text className='link' onClick={() => uploads.current.get(p.localPath)?.abort()}>
                取消
              </Text>
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
