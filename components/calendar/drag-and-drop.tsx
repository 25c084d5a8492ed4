"use client";

/**
 * The calendar's drag and drop (dnd-kit, 11 kB compressed): loaded on the first sign that someone may move a post
 * (drag-kit.tsx), not with the page. Pointer drags start after 6 px so a click still opens the post; the keyboard
 * moves by whole drop zones (keyboard-coordinates.ts).
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import type { ReactNode } from "react";
import { nextDropZone } from "./keyboard-coordinates";

// Pointer first (where the mouse is), else the nearest zone (keyboard moves have no pointer).
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

function DragAndDrop({
  onDragEnd,
  instructions,
  children,
}: {
  onDragEnd: (event: DragEndEvent) => void;
  instructions: string;
  children: ReactNode;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: nextDropZone }),
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragEnd={onDragEnd}
      accessibility={{ screenReaderInstructions: { draggable: instructions } }}
    >
      {children}
    </DndContext>
  );
}

export const dragKit = { DragAndDrop, useDraggable, useDroppable };
export type DragKit = typeof dragKit;
