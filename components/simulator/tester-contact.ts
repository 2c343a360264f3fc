import type { SimulatedContact } from '@/core';
import type { Simulation } from '@/server/simulator/simulation-schema';

/**
 * The contact profile the tester chose: the last "Contact" change, else the setup's. Tags and fields
 * the flow itself wrote are left out, so a reset starts from what the tester set, not from what an
 * earlier run did to the contact.
 */
export function testerContact(simulation: Pick<Simulation, 'setup' | 'steps'>): SimulatedContact {
  for (let i = simulation.steps.length - 1; i >= 0; i -= 1) {
    const action = simulation.steps[i]!.action;
    if (action.type === 'set-contact') return action.contact;
  }
  return simulation.setup.contact;
}
