import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, routeHref, type BoardRoute } from './routes';

/** The view the URL fragment names, following the back and forward buttons. */
export function useRoute(): BoardRoute {
  const [route, setRoute] = useState<BoardRoute>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export function navigate(route: BoardRoute): void {
  window.location.hash = routeHref(route);
}

/**
 * After moving to another view (not on the first page load), focus its heading: a keyboard or
 * screen-reader user then starts reading where the new content starts, not at the link they left.
 */
export function useFocusOnViewChange(viewKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-view-heading]')?.focus();
  }, [viewKey]);
}
