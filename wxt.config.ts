import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Parallel builds (e2e, bench) may use their own output folder.
  outDir: process.env.SHOPMATE_OUT_DIR ?? '.output',
  // lib/ is imported explicitly; WXT APIs come from 'wxt/...' paths.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Minimum: no host permissions (content scripts' matches are the seller consoles),
    // no tabs, no <all_urls>. Notifications are asked for only when the seller turns on
    // the daily reminder.
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      // No remote code, and extension pages may not talk to any server.
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shopmate@shopmate.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
