// One value of a view (a filter, a chosen plan, the as-at moment) kept in the query string,
// so a shared or reloaded URL opens the same view.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The setter can clear values that depend on this one (`clear`), in the same URL change. */
export function useQueryParam(name: string): [string | null, (value: string | null, clear?: string[]) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null, clear: string[] = []) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          for (const other of clear) next.delete(other);
          return next;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
}
