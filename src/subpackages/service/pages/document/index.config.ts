export default definePageConfig({ navigationBarTitleText: '法院文书' })
