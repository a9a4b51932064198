/**
 * A credential kept for this tab only (sessionStorage): gone when the tab closes, never sent
 * anywhere but in the Authorization header. Storage that is switched off reads as empty.
 */
export function sessionValue(name: string) {
  return {
    get(): string | null {
      try {
        return sessionStorage.getItem(name);
      } catch {
        return null;
      }
    },
    set(value: string): void {
      try {
        sessionStorage.setItem(name, value);
      } catch {
        // Without storage the credential lives as long as the page.
      }
    },
    clear(): void {
      try {
        sessionStorage.removeItem(name);
      } catch {
        // nothing stored
      }
    },
  };
}
