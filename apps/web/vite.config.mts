// Builds the single-page app into apps/web/dist, which apps/api serves at /.
// JSX is compiled by Vite's own transformer (tsconfig "jsx": "react-jsx"); the
// React plugin only adds Fast Refresh for `vite dev`, so the build does without it.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
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
        manualChunks(id: string) {
          if (id.includes('node_modules/recharts') || id.includes('node_modules/d3-') || id.includes('victory-vendor')) return 'charts';
          if (id.includes('node_modules/@mantine')) return 'mantine';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
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
