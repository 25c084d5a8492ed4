"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { useLoadedDragKit, type DragKit } from "./drag-kit";

/** Where a post may be dropped: a day (keeps the post's time of day) or an hour of a day (keeps its minutes). */
export type DropTarget = { day: string; hour?: number };

export const dropId = (target: DropTarget) =>
  target.hour === undefined ? `day:${target.day}` : `slot:${target.day}:${target.hour}`;

type Props = {
  target: DropTarget;
  className?: string;
  children: ReactNode;
  as?: "div" | "li" | "td";
  label?: string;
};

export function DropZone(props: Props) {
  const kit = useLoadedDragKit();
  return kit ? <DroppableZone kit={kit} {...props} /> : <Zone {...props} />;
}

function DroppableZone({ kit, ...props }: Props & { kit: DragKit }) {
  const { setNodeRef, isOver } = kit.useDroppable({ id: dropId(props.target), data: props.target });
  return <Zone {...props} setNodeRef={setNodeRef} isOver={isOver} />;
}

function Zone({
  target,
  className,
  children,
  as: Tag = "div",
  label,
  setNodeRef,
  isOver = false,
}: Props & { setNodeRef?: (element: HTMLElement | null) => void; isOver?: boolean }) {
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
