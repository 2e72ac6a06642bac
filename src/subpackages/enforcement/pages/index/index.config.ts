export default definePageConfig({ navigationBarTitleText: '申请执行', enablePullDownRefresh: true })
