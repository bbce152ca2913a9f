/**
 * A value made on its first use and kept. The console script loads on every console page, for
 * every platform: label tables built at module load were built for five consoles to read one.
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
