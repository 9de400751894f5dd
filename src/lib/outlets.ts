/** Outlet display names by id. */

/** A lookup from outlet id to its name; an unknown id is shown as itself. */
export function outletNamer(outlets: ReadonlyMap<string, { data: { name: string } }>): (id: string) => string {
  return (id) => outlets.get(id)?.data.name ?? id;
}
