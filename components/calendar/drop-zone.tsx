"use client";

import { useDroppable } from "@dnd-kit/core";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** Where a post may be dropped: a day (keeps the post's time of day) or an hour of a day (keeps its minutes). */
export type DropTarget = { day: string; hour?: number };

export const dropId = (target: DropTarget) =>
  target.hour === undefined ? `day:${target.day}` : `slot:${target.day}:${target.hour}`;

export function DropZone({
  target,
  className,
  children,
  as: Tag = "div",
  label,
}: {
  target: DropTarget;
  className?: string;
  children: ReactNode;
  as?: "div" | "li" | "td";
  label?: string;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: dropId(target), data: target });
  return (
    <Tag
      ref={setNodeRef as never}
      className={cn(className, isOver && "bg-accent ring-2 ring-ring")}
      aria-label={label}
      data-drop={dropId(target)}
    >
      {children}
    </Tag>
  );
}
