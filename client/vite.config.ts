import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves client/dist in production; in development Vite serves the app and forwards the
// API and the Socket.IO websocket to the server on port 3000.
const server = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
    },
  },
});
