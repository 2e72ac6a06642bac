export default definePageConfig({ navigationBarTitleText: '申请执行' })
