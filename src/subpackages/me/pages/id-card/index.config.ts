export default definePageConfig({ navigationBarTitleText: '上传身份证照片' })
