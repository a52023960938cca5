# One image for the API and the worker: `node dist/api/apps/api/src/main.js` or `worker.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build --projects=domain,api,web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/libs/domain/package.json libs/domain/package.json
COPY --from=build /app/libs/domain/dist libs/domain/dist
RUN npm install --omit=dev --no-audit --no-fund
COPY --from=build /app/dist dist
USER node
EXPOSE 3000
CMD ["node", "dist/api/apps/api/src/main.js"]
