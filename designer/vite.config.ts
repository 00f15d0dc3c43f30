import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app resolves @govflow/* packages to their TypeScript sources (the `govflow-source` condition).
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['govflow-source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
