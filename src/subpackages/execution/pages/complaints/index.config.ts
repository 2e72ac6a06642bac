export default definePageConfig({ navigationBarTitleText: '执行信访', enablePullDownRefresh: true })
