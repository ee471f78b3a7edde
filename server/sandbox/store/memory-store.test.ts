import { createMemoryStore } from './memory-store.ts';
import { describeStoreContract } from '../../testing/store-contract.ts';

describeStoreContract('createMemoryStore', () => createMemoryStore());
