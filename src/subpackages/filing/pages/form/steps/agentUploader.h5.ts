import { lazy, type ComponentType } from 'react'

type Uploader = typeof import('../../../components/FileUploader').FileUploader

/**
 * H5 build (Taro picks this file over agentUploader.ts there): the power-of-attorney uploader
 * shows only once 委托代理人 is ticked, so its code (the resumable upload client, the photo
 * compressor) is fetched then, not with the form's first step.
 */
export const FileUploader: ComponentType<Parameters<Uploader>[0]> = lazy(() =>
  import(/* webpackChunkName: "later-file-uploader" */ '../../../components/FileUploader').then((m) => ({ default: m.FileUploader })),
)
