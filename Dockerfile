# Ambit as a container: Next.js's standalone server plus the start-up step (migrations under an
# advisory lock, the coach account) bundled to one file. The same steps are what the README's
# "Production" section runs without Docker; tests/instances proves two replicas on one database.
#   docker build --build-arg AUTH_URL=https://coach.example.com -t ambit .

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
# Static pages (articles, sitemap, feed) carry the public address: it is fixed at build time.
ARG AUTH_URL=http://localhost:8080
ENV AUTH_URL=$AUTH_URL NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
RUN npm run build && npm run build:standalone

FROM node:22-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 \
    NEXT_MANUAL_SIG_HANDLE=true
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# exec: node gets SIGTERM itself and shuts down gracefully (exit 0).
CMD ["sh", "-c", "node prepare-db.mjs && exec node server.js"]
