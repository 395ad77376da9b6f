import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { chunkModules } from './src/web/build/chunk-modules.ts'
import { precompress } from './src/web/build/precompress.ts'
import { serviceWorker } from './src/web/build/service-worker-plugin.ts'

// The web app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: 'src/web',
  // serviceWorker(): sw.js beside the build, so meeting mode opens without the server.
  // chunkModules(): what each chunk holds, beside the manifest (test/web-bundle.test.ts reads both).
  // precompress(): .br and .gz beside every text file, last, which the server picks per request.
  plugins: [react(), chunkModules(), serviceWorker(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:4321' },
  },
})
