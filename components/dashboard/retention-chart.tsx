"use client";

import { Bar, CartesianGrid, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

/** True retention per month (only months with mature reviews have a bar) against the learner's desired retention. */
export function RetentionChart({
  title,
  months,
  target,
  rateLabel,
  targetLabel,
}: {
  title: string;
  months: { month: string; passed: number; total: number }[];
  target: number;
  rateLabel: string;
  targetLabel: string;
}) {
  const rows = months.map((m) => ({
    month: m.month,
    rate: m.total > 0 ? Math.round((1000 * m.passed) / m.total) / 10 : null,
    total: m.total,
  }));
  const low = Math.max(
    0,
    Math.min(60, ...rows.flatMap((r) => (r.rate === null ? [] : [Math.floor(r.rate / 10) * 10]))),
  );
  return (
    <ComposedChart
      responsive
      title={title}
      data={rows}
      style={{ width: "100%", height: 220 }}
      margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="month" tick={{ fontSize: 11 }} />
      <YAxis domain={[low, 100]} unit="%" tick={{ fontSize: 11 }} />
      <Tooltip
        formatter={(value, _name, item) => [`${String(value)}% (n=${String(item.payload?.total ?? 0)})`, rateLabel]}
      />
      <Bar dataKey="rate" name={rateLabel} fill="#0f766e" radius={[2, 2, 0, 0]} isAnimationActive={false} />
      <ReferenceLine
        y={target}
        stroke="#b45309"
        strokeDasharray="6 3"
        label={{ value: targetLabel, position: "insideTopRight", fontSize: 11, fill: "#92400e" }}
      />
    </ComposedChart>
  );
}
