# The app image for docker-compose.yml: server + built client. LiveKit runs in its own container.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY scripts/package.json scripts/
COPY testkit/package.json testkit/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/data NODE_ENV=production
VOLUME /data
EXPOSE 3000
CMD ["node", "--import", "tsx", "server/src/index.ts"]
