import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHUNK_FILES, readerFile } from './lib/content/chunk-files';

/**
 * Each platform's console content script lives in its own folder (lib/platforms/<id>/content-script.ts)
 * and is built as content-scripts/console-<id>.js, matched on that platform's hosts only: a page
 * loads one console's code, not five (page cost, issue 15). Found here by folder, so adding a
 * platform still touches only its folder and the registry.
 */
function consoleScripts(root: string): { id: string; inputPath: string }[] {
  const dir = resolve(root, 'lib/platforms');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(dir, d.name, 'content-script.ts')))
    .map((d) => ({ id: d.name, inputPath: resolve(dir, d.name, 'content-script.ts') }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The Chrome/Edge content script of one platform: a two-line file (in WXT's generated folder) that
 * defines its loader with the platform's hosts, so the loader bundles no platform code.
 */
function consoleLoader(wxtDir: string, id: string, matches: string[]): string {
  const dir = resolve(wxtDir, 'console-loaders');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `console-${id}.ts`);
  writeFileSync(
    file,
    [
      "import { defineConsoleLoader } from '@/lib/content/console-loader';",
      `import { OBSERVED_HOSTS } from '@/lib/platforms/${id}/endpoints';`,
      `export default defineConsoleLoader('${id}', { matches: ${JSON.stringify(matches)}, observedHosts: OBSERVED_HOSTS });`,
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * zod probes `new Function("")` to decide whether to JIT-compile object parsers. Our CSP
 * forbids eval anyway (the probe would only throw and log a CSP violation), and store
 * reviewers flag the call: compile the probe to a constant `false`, so zod always takes its
 * interpreted path and the bundle holds no Function constructor call. Fails the build if a
 * zod upgrade moves the probe, so the guarantee cannot silently lapse.
 */
function zodWithoutEval(): Plugin {
  const probe = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;
  return {
    name: 'shopmate:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) throw new Error(`zod's eval probe changed shape in ${id}: update zodWithoutEval() in wxt.config.ts`);
      return { code: code.replace(probe, 'return false; // ShopMate: no eval (extension CSP)'), map: null };
    },
  };
}

/**
 * The console content scripts get a metric catalogue with only what reading needs, prepared at build
 * time: each metric's kind, scopes and derivation, and the words of the console being built for —
 * not the other consoles' words, the API field codes or the export columns (those serve the
 * background and the import). The catalogue (lib/model/catalogue.ts) stays the one place each
 * metric is written; this only leaves parts of it out of one bundle. Fails the build if the
 * catalogue's shape moves, so a change cannot silently ship the whole table again.
 */
function catalogueForConsole(): Plugin {
  let platform: string | undefined;
  return {
    name: 'shopmate:catalogue-for-console',
    enforce: 'post',
    buildStart(options) {
      const inputs = typeof options.input === 'string' ? [options.input] : Object.values(options.input ?? {});
      platform = inputs.map((input) => /[\\/]lib[\\/]platforms[\\/]([^\\/]+)[\\/]content-script\.ts$/.exec(input)?.[1]).find(Boolean);
    },
    async transform(code, id) {
      if (!platform || !/[\\/]lib[\\/]model[\\/]catalogue\.ts$/.test(id)) return null;
      // The words every Chinese console prints, and this console's own (taobao, pinduoduoItem, amazonZh …):
      // derived from the catalogue's naming, so a new platform needs no entry here.
      const keep = (console: string) => console === 'cn' || console === 'cnItem' || console.startsWith(platform!);
      const start = code.indexOf('const CATALOGUE = {');
      if (start < 0) throw new Error('catalogueForConsole: `const CATALOGUE = {` not found in lib/model/catalogue.ts');
      const open = code.indexOf('{', start);
      const end = matchingBrace(code, open);
      const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      const pruned = Object.fromEntries(
        Object.entries(module.CATALOGUE as Record<string, Record<string, unknown>>).map(([key, { fields: _f, exports: _e, noExport: _n, words, ...rest }]) => [
          key,
          { ...rest, words: Object.fromEntries(Object.entries(words as object).filter(([console]) => keep(console))) },
        ]),
      );
      return { code: `${code.slice(0, open)}${JSON.stringify(pruned)}${code.slice(end + 1)}`, map: null };
    },
  };
}

/**
 * The files a console page imports on Chrome (each console's reader, the page hints) start with V8's
 * explicit compile hint: Chrome then compiles every function while it streams the file in, off the
 * page's main thread, instead of one by one on the main thread when the first read calls them. The
 * read calls most of the file, so little is compiled for nothing. Measured with scripts/bench
 * (TaskDuration ratio to an empty extension, 12–14 shuffled pairs, same run): 首页 ×1.65 → ×1.59,
 * 商品排行 ×1.48 → ×1.42, 千牛 ×1.48 → ×1.40. Other browsers read it as a comment.
 * https://v8.dev/blog/explicit-compile-hints
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function compileHints(): Plugin {
  // Named as the loader and lib/content/chunks.ts import them (lib/content/chunk-files.ts).
  const hinted = (fileName: string) => {
    const file = `/${fileName}`;
    const reader = /^reader-(.+)\.js$/.exec(fileName)?.[1];
    return file === CHUNK_FILES.guidance || (reader !== undefined && file === readerFile(reader));
  };
  return {
    name: 'shopmate:compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && hinted(chunk.fileName)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

/** Index of the brace closing the one at `open`, skipping strings, template literals and comments. */
function matchingBrace(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
    if (i < 0) break;
  }
  throw new Error('catalogueForConsole: unbalanced CATALOGUE literal');
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Parallel builds (e2e, bench) may use their own output folder.
  outDir: process.env.SHOPMATE_OUT_DIR ?? '.output',
  // lib/ is imported explicitly; WXT APIs come from 'wxt/...' paths.
  imports: false,
  manifestVersion: 3,
  vite: (env) => ({
    plugins: [zodWithoutEval(), catalogueForConsole(), compileHints()],
    // Scripts built on their own (the reading overlay, an unlisted script with React) got JSX
    // compiled for React's development runtime, which a production build does not have
    // (jsxDEV is not a function): say which one, from the build's mode.
    oxc: { jsx: { development: env.mode !== 'production' } },
  }),
  hooks: {
    'entrypoints:resolved': async (wxt, entrypoints) => {
      const firefox = wxt.config.browser === 'firefox';
      for (const { id, inputPath } of consoleScripts(wxt.config.root)) {
        const options = await wxt.builder.importEntrypoint<{ matches: string[] }>(inputPath);
        const script = { type: 'content-script', name: `console-${id}`, outputDir: resolve(wxt.config.outDir, 'content-scripts'), options, skipped: false } as const;
        if (firefox) {
          entrypoints.push({ ...script, inputPath });
          continue;
        }
        // Chrome/Edge: the manifest runs a loader that imports the reader (lib/content/console-loader.ts:
        // Chrome keeps the compiled code of an imported file, not of a content script).
        entrypoints.push({ type: 'unlisted-script', name: `reader-${id}`, inputPath, outputDir: wxt.config.outDir, options: {}, skipped: false });
        entrypoints.push({ ...script, inputPath: consoleLoader(wxt.config.wxtDir, id, options.matches) });
      }
    },
    // Chrome/Edge: the console page's on-demand files (the title guard, the reading overlay, the
    // page hints: lib/content/chunks.ts) and each console's reader (lib/content/console-loader.ts)
    // are imported by the console content script: web-accessible to the
    // console hosts only, under a per-session URL so no page can probe for them. Firefox has the
    // background inject them (scripting), so it lists none.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') return;
      const matches = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))].sort();
      manifest.web_accessible_resources = [
        ...((manifest.web_accessible_resources ?? []) as object[]),
        {
          resources: [...Object.values(CHUNK_FILES), ...consoleScripts(wxt.config.root).map(({ id }) => readerFile(id))].map((file) => file.slice(1)),
          matches,
          use_dynamic_url: true,
        },
      ] as typeof manifest.web_accessible_resources;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Minimum: no host permissions (content scripts' matches are the seller consoles),
    // no tabs, no <all_urls>. Notifications are asked for only when the seller turns on
    // the daily reminder.
    // Firefox only: `scripting`, for the background to put the on-demand files (the title guard,
    // the reading overlay) into the console tab that asks for them (lib/content/chunks.ts; its
    // consoles' site access is the content scripts' own).
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? ['scripting'] : ['sidePanel'])],
    // The reading overlay on the console page in front (lib/overlay/toggle.ts).
    commands: {
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_overlayCommand__' },
    },
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
            // data_collection_permissions needs Firefox for Android 142+ (addons-linter).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
