// Container health check: GET /health on this container's own port, healthy only on 2xx.
// HEALTHCHECK_URL overrides the address (the projector's is http://127.0.0.1:3001/health).
const url = process.env.HEALTHCHECK_URL || `http://127.0.0.1:${process.env.PORT || 3000}/health`;
fetch(url, { signal: AbortSignal.timeout(4000) })
  .then((response) => process.exit(response.ok ? 0 : 1))
  .catch(() => process.exit(1));
