import type { EndpointReader, Extraction, ReadContext } from '../types';

export const endpoints: readonly EndpointReader[] = [];

export function readDom(_root: ParentNode, _ctx: ReadContext): Extraction | undefined {
  return undefined;
}
