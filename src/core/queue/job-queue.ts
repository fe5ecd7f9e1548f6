import type { Db } from "../../db/database.ts";
import type { TaskInput, TaskName } from "./task-contracts.ts";

export interface EnqueueOptions {
  singletonKey?: string;
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  priority?: number;
}

/**
 * What core sees of the job system (the port; src/jobs implements it). Passing the business
 * transaction makes the job exist exactly when the change that caused it commits.
 */
export interface JobQueue {
  send<N extends TaskName>(name: N, data: TaskInput<N>, options?: EnqueueOptions, transaction?: Db): Promise<string | null>;
  /** Many jobs of one task in one statement (fan-out of large orders). */
  sendMany<N extends TaskName>(name: N, items: { data: TaskInput<N>; singletonKey?: string }[], transaction?: Db): Promise<void>;
}
