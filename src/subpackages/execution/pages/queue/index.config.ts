export default definePageConfig({ navigationBarTitleText: '执行立案', enablePullDownRefresh: true })
