import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="w-full overflow-x-auto rounded-lg border border-border">
      <table className={cn("w-full border-collapse text-sm", className)} {...props} />
    </div>
  );
}
export const THead = (p: ComponentProps<"thead">) => <thead className="bg-muted text-left" {...p} />;
export const TBody = (p: ComponentProps<"tbody">) => <tbody {...p} />;
export const Tr = ({ className, ...p }: ComponentProps<"tr">) => <tr className={cn("border-t border-border", className)} {...p} />;
export const Th = ({ className, ...p }: ComponentProps<"th">) => <th scope="col" className={cn("px-3 py-2 font-semibold", className)} {...p} />;
export const Td = ({ className, ...p }: ComponentProps<"td">) => <td className={cn("px-3 py-2 align-top", className)} {...p} />;
