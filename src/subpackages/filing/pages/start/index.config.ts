export default definePageConfig({ navigationBarTitleText: '网上立案' })
