"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * Renders its children only once they come near the viewport. Charts below the fold then cost nothing on first
 * load or on every toggle until a reader scrolls to them; the placeholder keeps their height, so nothing shifts.
 */
export function LazyMount({ children, minHeight, eager = false, testId }: { children: ReactNode; minHeight: number; eager?: boolean; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // eager: a link that points into the part (an open product) draws it at once.
  const [near, setNear] = useState(false);
  const visible = near || eager;
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: "300px 0px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);
  return (
    <div ref={ref} style={visible ? undefined : { minHeight }} data-lazy={visible ? "mounted" : "waiting"} data-testid={testId}>
      {visible ? children : null}
    </div>
  );
}
