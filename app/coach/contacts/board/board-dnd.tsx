"use client";
import { createContext, useContext, useTransition, type ReactNode } from "react";
import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { cn } from "@/app/_components/ui/cn";

// Drag and drop on the pipeline board, for a pointer. The keyboard (and a browser without
// JavaScript) use each card's "Move to" form; a drop submits that same action.

const Moving = createContext(false);

export function BoardDnd({ move, children }: { move: (formData: FormData) => Promise<void>; children: ReactNode }) {
  const [pending, startTransition] = useTransition();
  // A short drag threshold, so clicks on a card's link and menu stay clicks.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = active.data.current?.stage;
    const to = over?.id;
    if (typeof to !== "string" || to === from) return;
    const form = new FormData();
    form.set("contactId", String(active.id));
    form.set("stage", to);
    startTransition(() => move(form));
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: "" } }}>
      <Moving.Provider value={pending}>{children}</Moving.Provider>
    </DndContext>
  );
}

export function DropColumn({ stage, children, className }: { stage: string; children: ReactNode; className?: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const moving = useContext(Moving);
  return (
    <div ref={setNodeRef} className={cn(className, isOver && "ring-2 ring-primary", moving && "opacity-80")} aria-busy={moving || undefined}>
      {children}
    </div>
  );
}

export function DragCard({ contactId, stage, name, children, className }: { contactId: string; stage: string; name: string; children: ReactNode; className?: string }) {
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({ id: contactId, data: { stage } });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} className={cn(className, "relative", isDragging && "z-10 shadow-lg")} data-dragging={isDragging || undefined}>
      {/* The handle is for a pointer only; keyboard users have "Move to" below. */}
      <span {...listeners} aria-hidden="true" title={`Drag ${name} to another stage`} className="absolute right-1 top-1 flex size-7 cursor-grab touch-none items-center justify-center rounded text-muted-foreground hover:bg-muted active:cursor-grabbing">
        <svg viewBox="0 0 12 16" className="size-3.5" fill="currentColor"><circle cx="3" cy="3" r="1.4" /><circle cx="9" cy="3" r="1.4" /><circle cx="3" cy="8" r="1.4" /><circle cx="9" cy="8" r="1.4" /><circle cx="3" cy="13" r="1.4" /><circle cx="9" cy="13" r="1.4" /></svg>
      </span>
      {children}
    </li>
  );
}
