/**
 * The power-of-attorney uploader of 委托代理人. The mini-program has its code in the package; the
 * H5 build takes agentUploader.h5.ts instead, which fetches it only once the box is ticked.
 */
export { FileUploader } from '../../../components/FileUploader'
