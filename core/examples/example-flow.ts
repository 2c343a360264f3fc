import { type FlowDocument } from '../document/flow-document-schema';
import { type LocalizedText } from '../shared/localized-text';

/** A ready-made flow shipped with the product (tests, docs and the demo seed use them). */
export interface ExampleFlow {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  document: FlowDocument;
}
