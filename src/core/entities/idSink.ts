// Where feature extraction appends feature ids: a plain array (the trainer) or an IdBuffer (the tagger).

export interface IdSink {
  readonly length: number;
  push(id: number): unknown;
}

/**
 * A reusable list of feature ids (as int32: the weight table's keys are `id | 0`). Clearing keeps the storage:
 * `array.length = 0` drops a JS array's backing store, so an array cleared per token was re-grown per token.
 */
export class IdBuffer implements IdSink {
  ids = new Int32Array(64);
  length = 0;

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  clear(): void {
    this.length = 0;
  }
}
