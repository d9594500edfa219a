"use client";

import { Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";

const COLORS = ["#f1f5f9", "#bbf7d0", "#4ade80", "#16a34a", "#166534"];
const CELL = 13;

interface Cell {
  week: number;
  weekday: number;
  day: string;
  reviews: number;
  level: number;
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/** One square per local day, weeks as columns (Sunday on top), darker for more reviews, like a contribution calendar. */
export function ReviewHeatmapChart({
  title,
  from,
  to,
  days,
  reviewsLabel,
  weekdayLabels,
  lessLabel,
  moreLabel,
}: {
  title: string;
  from: string;
  to: string;
  days: { day: string; reviews: number }[];
  reviewsLabel: string;
  weekdayLabels: string[];
  lessLabel: string;
  moreLabel: string;
}) {
  const counts = new Map(days.map((d) => [d.day, d.reviews]));
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const first = dayNumber(from);
  const start = first - new Date(first * 86_400_000).getUTCDay();
  const cells: Cell[] = [];
  for (let n = first; n <= dayNumber(to); n++) {
    const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
    const reviews = counts.get(day) ?? 0;
    cells.push({
      week: Math.floor((n - start) / 7),
      weekday: (n - start) % 7,
      day,
      reviews,
      level: reviews === 0 ? 0 : Math.min(4, 1 + Math.floor((3 * reviews) / max)),
    });
  }
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  return (
    <div className="space-y-2">
      <ScatterChart
        responsive
        title={title}
        style={{ width: "100%", height: 7 * (CELL + 4) + 30 }}
        margin={{ top: 6, right: 8, bottom: 0, left: 0 }}
      >
        <XAxis type="number" dataKey="week" domain={[-0.5, weeks - 0.5]} hide />
        <YAxis
          type="number"
          dataKey="weekday"
          domain={[-0.5, 6.5]}
          reversed
          ticks={[1, 3, 5]}
          tickFormatter={(v: number) => weekdayLabels[v] ?? ""}
          tick={{ fontSize: 10 }}
          width={28}
        />
        <ZAxis range={[CELL * CELL, CELL * CELL]} />
        <Tooltip
          cursor={false}
          formatter={(_value, _name, item) => [String(item.payload?.reviews ?? 0), String(item.payload?.day ?? "")]}
        />
        <Scatter
          data={cells}
          name={reviewsLabel}
          isAnimationActive={false}
          shape={(props: { cx?: number; cy?: number; payload?: Cell }) => (
            <rect
              x={(props.cx ?? 0) - CELL / 2}
              y={(props.cy ?? 0) - CELL / 2}
              width={CELL}
              height={CELL}
              rx={2}
              fill={COLORS[props.payload?.level ?? 0]}
              data-day={props.payload?.day}
            />
          )}
        />
      </ScatterChart>
      <p className="flex items-center justify-end gap-1 text-xs text-slate-500">
        {lessLabel}
        {COLORS.map((color) => (
          <span key={color} className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: color }} />
        ))}
        {moreLabel}
      </p>
    </div>
  );
}
