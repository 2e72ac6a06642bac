export default definePageConfig({ navigationBarTitleText: '发送文书' })
