// Builds the single-page app into apps/web/dist, which apps/api serves at /.
// JSX is compiled by Vite's own transformer (tsconfig "jsx": "react-jsx"); the
// React plugin only adds Fast Refresh for `vite dev`, so the build does without it.
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, 'dist');

/**
 * Writes a .br and a .gz beside each built JavaScript and CSS file, at the highest levels: the API
 * sends them as they are (apps/api/web-ui.ts) instead of compressing the same bytes on every request.
 */
function precompress(): Plugin {
  return {
    name: 'precompress-assets',
    apply: 'build',
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets).filter((n) => /\.(?:js|css)$/.test(n))) {
        const bytes = readFileSync(join(assets, name));
        writeFileSync(join(assets, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [precompress()],
  build: {
    outDir,
    // dist/.vite/manifest.json: which chunks each entry imports (the bundle budget reads it).
    manifest: true,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      // Mantine marks its modules "use client" for React Server Components; a SPA bundle drops that on purpose.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Vendor chunks for what every page needs (cached across releases of the app's own code).
        // The charts get no rule: named here, they were hoisted into the entry's static imports;
        // left to the lazy pages that import them, they load only where a chart shows.
        manualChunks(id: string) {
          if (/node_modules\/@mantine\//.test(id)) return 'mantine';
          if (/node_modules\/(?:react|react-dom|react-router|scheduler)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    // `npx vite apps/web` during development: the API runs on 3000.
    proxy: Object.fromEntries(
      ['/programmes', '/proposals', '/audit', '/auth', '/users', '/risks', '/health', '/docs'].map((p) => [
        p,
        { target: process.env.API_URL ?? 'http://localhost:3000', bypass: (req: { headers: { accept?: string } }) => (req.headers.accept?.includes('text/html') ? '/index.html' : undefined) },
      ]),
    ),
  },
});
