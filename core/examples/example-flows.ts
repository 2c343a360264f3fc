import { afterSalesFlow } from './after-sales-flow';
import { businessHoursFlow } from './business-hours-flow';
import { ecommerceFaqFlow } from './ecommerce-faq-flow';
import { type ExampleFlow } from './example-flow';
import { followWelcomeFlow } from './follow-welcome-flow';
import { leadCaptureFlow } from './lead-capture-flow';

/** The example flows shipped with ReplyFlow, in the order the demo presents them. */
export const exampleFlows: readonly ExampleFlow[] = [
  ecommerceFaqFlow,
  leadCaptureFlow,
  businessHoursFlow,
  afterSalesFlow,
  followWelcomeFlow,
];
