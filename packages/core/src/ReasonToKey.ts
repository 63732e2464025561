type ReplaceAll<
  S extends string,
  From extends string,
  To extends string,
> = S extends `${infer Head}${From}${infer Tail}` ? `${Head}${To}${ReplaceAll<Tail, From, To>}` : S

/** The type-level twin of the runtime key derivation: upper case, spaces and hyphens to underscores. */
export type ReasonToKey<Reason extends string> = Uppercase<ReplaceAll<ReplaceAll<Reason, ' ', '_'>, '-', '_'>>
