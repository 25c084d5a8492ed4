import { Skeleton } from "@/components/ui/skeleton";

/** Shown while a section's data loads. */
export function SectionLoading() {
  return (
    <div className="grid gap-3" aria-busy="true">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-4 w-80" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
