// Module resolution hooks for the worker-imports test: importing `server-only` or anything from Next.js (or
// next-auth / next-intl's server parts) fails, naming the importer, so a worker-side module that pulls one in is
// caught even through a chain of imports.
const DENIED = /^(server-only|next|next-auth|next-intl\/server)($|\/)/;

export async function resolve(specifier, context, nextResolve) {
  if (DENIED.test(specifier)) {
    throw new Error(`worker-side import of "${specifier}" from ${context.parentURL ?? "?"}`);
  }
  return nextResolve(specifier, context);
}
