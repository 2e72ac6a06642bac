// tus-js-client's platform-neutral core, without the browser's XHR stack, Blob reader and
// localStorage: the mini-program has none of them, so the app brings its own (see filing/upload).
declare module 'tus-js-client/lib.esm/upload.js' {
  import type { Upload, UploadOptions } from 'tus-js-client'
  const BaseUpload: typeof Upload & { defaultOptions: UploadOptions }
  export default BaseUpload
}
