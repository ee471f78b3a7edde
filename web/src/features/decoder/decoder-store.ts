import { defineStore } from 'pinia';
import { ref } from 'vue';
import { navigate } from '../../app/router.ts';

/**
 * What the decoder opens with when another view sends a token there ("Open in decoder"). Kept in
 * memory rather than in the URL, so a result's JWE does not land in the browser's history.
 */
export const useDecoderStore = defineStore('decoder', () => {
  const token = ref('');
  const env = ref('sandbox');

  function open(value: string, inEnv = 'sandbox'): void {
    token.value = value;
    env.value = inEnv;
    navigate('/decoder');
  }

  return { token, env, open };
});
