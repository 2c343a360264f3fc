import { AppError } from '../api/app-error';
import { SimulationError } from './simulation-error';

/** Runs a simulation step, turning a SimulationError into the AppError with the same code. */
export async function withSimulationErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SimulationError) throw new AppError(error.code, error.message);
    throw error;
  }
}
