export default definePageConfig({ navigationBarTitleText: '审查立案申请' })
