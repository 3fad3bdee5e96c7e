import type { ReportModel } from './types';
import type { LayerKey } from './layerStore';

/** A model's layer as a function: `const figuresOf = modelLayer('figures', compute)` then `figuresOf(model)`. */
export function modelLayer<T>(name: string, compute: (model: ReportModel) => T): (model: ReportModel) => T {
  const key: LayerKey<T> = { name };
  return (model) => model.layers.get(key, () => compute(model));
}
