export default defineAppConfig({
  pages: ['pages/index/index', 'pages/cases/index', 'pages/inbox/index', 'pages/me/index', 'pages/login/index'],
  subPackages: [
    { root: 'subpackages/tools', pages: ['pages/fee/index', 'pages/deadline/index'] },
    {
      root: 'subpackages/mediation',
      pages: ['pages/index/index', 'pages/request/index', 'pages/book/index', 'pages/detail/index', 'pages/availability/index', 'pages/video/index'],
    },
    { root: 'subpackages/filing', pages: ['pages/start/index', 'pages/form/index', 'pages/receipt/index', 'pages/detail/index', 'pages/messages/index'] },
    {
      root: 'subpackages/judge',
      pages: [
        'pages/queue/index',
        'pages/review/index',
        'pages/service/index',
        'pages/service/case/index',
        'pages/service/issue/index',
        'pages/service/paper/index',
        'pages/hearing/index',
        'pages/hearing/case/index',
        'pages/identity/queue/index',
        'pages/identity/review/index',
        'pages/tasks/index',
      ],
    },
    { root: 'subpackages/service', pages: ['pages/address/index', 'pages/document/index'] },
    { root: 'subpackages/hearing', pages: ['pages/requests/index', 'pages/choose/index', 'pages/profile/index'] },
    { root: 'subpackages/admin', pages: ['pages/farm-calendar/index', 'pages/average-wages/index'] },
    { root: 'subpackages/me', pages: ['pages/mobile/index', 'pages/id-card/index'] },
    { root: 'subpackages/enforcement', pages: ['pages/index/index', 'pages/apply/index', 'pages/detail/index', 'pages/lead/index'] },
    {
      root: 'subpackages/execution',
      pages: ['pages/queue/index', 'pages/case/index', 'pages/tasks/index', 'pages/supervision/index', 'pages/teams/index', 'pages/complaints/index'],
    },
    { root: 'subpackages/command', pages: ['pages/dashboard/index', 'pages/explain/index', 'pages/scorecards/index', 'pages/reports/index'] },
  ],
  // Fetch the likely next feature while the user reads the current page, even on a weak signal.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['subpackages/filing'] },
    'pages/cases/index': { network: 'all', packages: ['subpackages/filing', 'subpackages/enforcement'] },
    'pages/inbox/index': { network: 'all', packages: ['subpackages/service'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '移动微法院',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  // Icons: PNGs drawn at build time by ops/tabBarIcons.ts (grey as `color`, brand colour as `selectedColor`).
  tabBar: {
    color: '#555555',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '服务大厅', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-on.png' },
      { pagePath: 'pages/cases/index', text: '我的案件', iconPath: 'assets/tabbar/cases.png', selectedIconPath: 'assets/tabbar/cases-on.png' },
      { pagePath: 'pages/inbox/index', text: '我的文书', iconPath: 'assets/tabbar/inbox.png', selectedIconPath: 'assets/tabbar/inbox-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-on.png' },
    ],
  },
  // Inject only the components a page really renders, so a page opens without loading the rest.
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  // Privacy-related APIs (photos, phone number) need the user's consent first (weapp-platform.md).
  __usePrivacyCheck__: true,
})
