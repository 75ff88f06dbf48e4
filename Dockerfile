# The app image for docker-compose.yml: server + built client + the airtime listener. LiveKit runs
# in its own container.

# The airtime listener (tools/speaker-listener): one static binary, built with Go and copied over.
FROM golang:1.26-bookworm AS speaker-listener
WORKDIR /src
COPY tools/speaker-listener/go.mod tools/speaker-listener/go.sum ./
RUN go mod download
COPY tools/speaker-listener/ ./
RUN CGO_ENABLED=0 go build -trimpath -o /speaker-listener .

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
COPY --from=speaker-listener /speaker-listener /app/.tools/bin/speaker-listener
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/data NODE_ENV=production
VOLUME /data
EXPOSE 3000
CMD ["node", "--import", "tsx", "server/src/index.ts"]
