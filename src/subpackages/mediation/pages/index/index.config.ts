export default definePageConfig({ navigationBarTitleText: '在线调解', enablePullDownRefresh: true })
