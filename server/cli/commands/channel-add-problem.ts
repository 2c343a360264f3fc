/** One thing wrong with a `replyflow channel add` invocation, naming the option at fault. */
export interface ChannelAddProblem {
  /** The option as typed on the command line, e.g. `--token`. */
  option: string;
  /** A short English sentence. */
  message: string;
}
