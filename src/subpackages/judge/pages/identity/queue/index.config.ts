export default definePageConfig({ navigationBarTitleText: '实名核验', enablePullDownRefresh: true })
