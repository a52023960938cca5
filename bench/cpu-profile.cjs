// Preloaded into the API (`node -r ./bench/cpu-profile.cjs …`, spawned with an IPC channel) by
// the benchmark: the message 'start' starts the V8 sampling profiler, 'stop' stops it, writes
// BENCH_CPU_PROFILE (a .cpuprofile JSON) and answers 'written'. The profile then covers the
// measured window only. (Signals would not do: Nest's shutdown hooks listen to SIGUSR2.)
'use strict';
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');

const output = process.env.BENCH_CPU_PROFILE;
const session = new inspector.Session();
session.connect();

function post(method, params) {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

process.on('message', async (message) => {
  try {
    if (message === 'start') {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
      process.send('started');
    } else if (message === 'stop') {
      const { profile } = await post('Profiler.stop');
      writeFileSync(output, JSON.stringify(profile));
      process.send('written');
    }
  } catch (error) {
    console.error('cpu-profile:', error);
    process.send(`error: ${error.message}`);
  }
});
// the IPC channel must not keep the API alive on its own
process.channel?.unref();
