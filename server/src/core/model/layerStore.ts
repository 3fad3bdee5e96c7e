/**
 * What is derived from a model's text alone (its figures, numbering runs, time frame…), computed on first use and
 * kept with the model: a new text is a new model, so a layer can never outlive the text it was computed from.
 */
export class ModelLayers {
  private readonly values = new Map<LayerKey<unknown>, unknown>();

  get<T>(key: LayerKey<T>, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}

/** Names one layer and carries its type; the map holds unknowns, the key says what comes out. */
export interface LayerKey<T> {
  readonly name: string;
  readonly _type?: T;
}
