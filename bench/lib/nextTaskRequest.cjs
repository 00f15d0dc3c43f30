'use strict';
// autocannon setupRequest for a worker thread (workers can only load a function from a file): each
// request completes the next task of the JSON list named by GOVFLOW_BENCH_TASKS, so no task is
// completed twice. Past the end of the list it answers with an id that does not exist (a 404 counted as non-2xx).
const { readFileSync } = require('node:fs');

const ids = JSON.parse(readFileSync(process.env.GOVFLOW_BENCH_TASKS, 'utf8'));
let next = 0;

module.exports = function nextTaskRequest(request) {
  const id = next < ids.length ? ids[next] : 'exhausted.t0';
  next += 1;
  return { ...request, path: `/api/tasks/${id}/complete` };
};
