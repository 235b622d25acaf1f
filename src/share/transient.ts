// A status message that clears itself after a few seconds, so the same confirmation is announced again
// the next time (a live region only speaks when its text changes).
import { useEffect, useState } from 'preact/hooks';

export function useTransient(ms = 4000): [string, (text: string) => void] {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => setText(''), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return [text, setText];
}
