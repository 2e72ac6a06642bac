export default definePageConfig({ navigationBarTitleText: '联系法官' })
