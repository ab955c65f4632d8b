'use strict';
// Runs in the password hasher's worker threads (piscina), so bcrypt's ~0.1–0.2 s of CPU per
// password never blocks the API's event loop. Plain JavaScript: a worker thread cannot load
// the TypeScript sources the tests run, and `npm run build` copies this file next to the
// compiled hasher.
const bcrypt = require('bcryptjs');

/** @param {{ op: 'hash', password: string, cost: number } | { op: 'verify', password: string, hash: string }} task */
module.exports = function passwordHashTask(task) {
  if (task.op === 'hash') return bcrypt.hashSync(task.password, task.cost);
  try {
    return bcrypt.compareSync(task.password, task.hash);
  } catch {
    return false;
  }
};
