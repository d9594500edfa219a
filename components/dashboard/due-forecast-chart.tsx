"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

/** Cards due per day for the next 30 days; the first bar includes overdue cards. */
export function DueForecastChart({
  title,
  data,
  todayLabel,
  cardsLabel,
}: {
  title: string;
  data: { day: string; due: number }[];
  todayLabel: string;
  cardsLabel: string;
}) {
  const rows = data.map((d, i) => ({ label: i === 0 ? todayLabel : d.day.slice(5), day: d.day, due: d.due }));
  return (
    <BarChart
      responsive
      title={title}
      data={rows}
      style={{ width: "100%", height: 220 }}
      margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
      <Tooltip
        labelFormatter={(_, payload) => String(payload?.[0]?.payload?.day ?? "")}
        formatter={(value) => [value, cardsLabel]}
      />
      <Bar dataKey="due" name={cardsLabel} fill="#0369a1" radius={[2, 2, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
