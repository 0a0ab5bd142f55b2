"use client";

import { type RefObject, useEffect, useLayoutEffect } from "react";

/**
 * Moves a popup sideways, never more than needed, so that it stays within the viewport with a margin: a menu at the
 * right edge of a phone opens leftwards instead of off-screen, and the page does not scroll sideways.
 */
export function keepInViewport(el: HTMLElement, margin = 8) {
  // `transform` composes with Tailwind's translate utilities (the `translate` property) and moves the popup however
  // it is anchored (left or right), unlike a margin.
  el.style.transform = "none";
  const r = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  let shift = 0;
  if (r.right > vw - margin) shift = vw - margin - r.right;
  if (r.left + shift < margin) shift = margin - r.left;
  el.style.transform = shift === 0 ? "" : `translateX(${shift}px)`;
}

/** While open: keep the popup in the viewport, and close it on Escape or on a click or tap outside `inside`. */
export function useDismiss(open: boolean, close: (reason: "escape" | "outside") => void, inside: RefObject<HTMLElement | null>, popup: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    if (open && popup.current) keepInViewport(popup.current);
  }, [open, popup]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close("escape");
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!inside.current?.contains(e.target as Node)) close("outside");
    };
    const onResize = () => popup.current && keepInViewport(popup.current);
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    window.addEventListener("resize", onResize);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      window.removeEventListener("resize", onResize);
    };
  }, [open, close, inside, popup]);
}
