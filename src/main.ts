import { runAction } from './action/run.js'

/** The Action's entry point: reads the inputs from the runner's environment, never rejects. */
export async function run(): Promise<void> {
  await runAction()
}
