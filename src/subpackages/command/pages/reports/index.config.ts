export default definePageConfig({ navigationBarTitleText: '监管通报' })
