// The gazetteer match codes of each token of a document, as linked lists in typed arrays: a token's codes are
// pushed interleaved with other tokens' (a match covers several tokens), and read back in push order. (One small
// array per covered token was an allocation per token, and one more object for the GC to trace.)

export class GazCodes {
  /** Per token, 0 when no code was pushed for it, else 1 + the entry of its first code. */
  readonly head: Int32Array;
  /** Per entry: its code, and 1 + the entry of the token's next code (0: the last). */
  code = new Int32Array(1024);
  next = new Int32Array(1024);
  private used = 0;

  constructor(tokens: number) {
    this.head = new Int32Array(tokens);
  }

  push(i: number, code: number): void {
    const e = this.used++;
    if (e === this.code.length) this.grow();
    this.code[e] = code;
    this.next[e] = 0;
    let p = this.head[i];
    if (p === 0) {
      this.head[i] = e + 1;
      return;
    }
    while (this.next[p - 1] !== 0) p = this.next[p - 1];
    this.next[p - 1] = e + 1;
  }

  private grow(): void {
    const code = new Int32Array(this.code.length * 2);
    code.set(this.code);
    this.code = code;
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
  }
}
