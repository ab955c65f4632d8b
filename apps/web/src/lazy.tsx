// Code loaded on demand: a module's named component, fetched the first time it renders.
import { lazy, Suspense, type ComponentProps, type ComponentType, type JSX, type ReactElement } from 'react';
import { Loading } from './components/ui';

/**
 * `lazy` for a named export (our modules export named components, React.lazy wants a default),
 * inside its own Suspense so only this part of the screen waits for the code.
 */
export function onDemand<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K, label?: string) {
  type Props = ComponentProps<M[K]>;
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<Props> }));
  function OnDemand(props: Props): ReactElement {
    return (
      <Suspense fallback={<Loading label={label} />}>
        <Lazy {...(props as Props & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }
  OnDemand.displayName = `OnDemand(${name})`;
  return OnDemand;
}
