import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/** A CPU profile of this process's main thread, written to `bench/out/<name>.cpuprofile` when stopped. */
export interface Profile {
  /** Stops profiling, writes the profile and returns its path. */
  stop(): Promise<string>;
}

/** Starts a CPU profile of the main thread (for `--profile`: open the file in Chrome DevTools or speedscope). */
export async function startProfile(name: string): Promise<Profile> {
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      session.disconnect();
      const outDir = new URL('../out/', import.meta.url);
      mkdirSync(outDir, { recursive: true });
      const target = new URL(`${name}.cpuprofile`, outDir);
      writeFileSync(target, JSON.stringify(profile));
      return target.pathname;
    },
  };
}
