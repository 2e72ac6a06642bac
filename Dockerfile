# The API server (and the H5 app it serves) as one image; docs/SCALING.md says how it is run.
#   docker build -t court-api .
# Node 22: inside the range package.json's engines allows (>=20.19 <21 || >=22), and Node 20's support ended in April 2026.

# 1. Production dependencies only, from the lock. better-sqlite3 (the zero-setup database) is native:
#    the compilers are here in case no prebuilt binary fits, and stay out of the final image.
FROM node:22-slim AS deps
WORKDIR /app
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm install rather than npm ci: the lock names Taro bindings for other platforms that some registries lack.
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# 2. The build: the server compiled to JavaScript (npm run build:server → build/server/) and the H5 app (dist/h5/).
FROM node:22-slim AS build
WORKDIR /app
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build:server && npm run build:h5

# 3. What runs: node, the production modules, the compiled server and the H5 build, as a user that owns nothing but its data.
FROM node:22-slim
WORKDIR /app
# fonts-noto-cjk: the Chinese face of the PDF reports (server/services/metrics/reportFont.ts); curl: the health check.
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-cjk curl \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 UPLOAD_DIR=/data/uploads CHECKPOINT_DIR=/data/checkpoints
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/build/server ./build/server
COPY --from=build /app/dist/h5 ./dist/h5
# Mount /data (UPLOAD_DIR's resumable-upload pieces must be one volume for every process; see docs/SCALING.md).
RUN mkdir -p /data/uploads /data/checkpoints && chown -R node:node /data
USER node
EXPOSE 3000
# Liveness only: readiness (/api/health/ready) is the balancer's question, and turns 503 while a process drains.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:3000/api/health/live || exit 1
# node itself as PID 1 (no npm in between), so SIGTERM reaches the server and it drains (server/shutdown.ts).
CMD ["node", "build/server/server/server.js"]
