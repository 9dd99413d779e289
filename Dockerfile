# One image for the API and the worker; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY . .
# The pinned tree, dev dependencies included (the build needs TypeScript). No
# install scripts: none is needed at run time (onnxruntime-node's CPU binaries
# and the tree-sitter .wasm grammars ship in their packages), and some would
# download CUDA libraries or try to compile native code the slim image cannot.
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund \
 && npm run build \
 && npm cache clean --force \
 && mkdir -p /data/blobs && chown -R node:node /data
ENV BLOB_DIR=/data/blobs HOST=0.0.0.0 PORT=3000
VOLUME /data
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
