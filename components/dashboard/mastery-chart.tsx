"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface MasteryBar {
  name: string;
  questions: number;
  attempted: number;
  mastered: number;
}

/** Per topic or domain: share of the bank answered at least once, and share right the last time, as horizontal bars. */
export function MasteryChart({
  title,
  rows,
  attemptedLabel,
  masteredLabel,
}: {
  title: string;
  rows: MasteryBar[];
  attemptedLabel: string;
  masteredLabel: string;
}) {
  const data = rows.map((r) => ({
    name: r.name,
    attempted: r.questions === 0 ? 0 : Math.round((1000 * r.attempted) / r.questions) / 10,
    mastered: r.questions === 0 ? 0 : Math.round((1000 * r.mastered) / r.questions) / 10,
    questions: r.questions,
  }));
  return (
    <BarChart
      responsive
      title={title}
      layout="vertical"
      data={data}
      style={{ width: "100%", height: 60 + data.length * 44 }}
      margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 11 }} />
      <Tooltip formatter={(value, name) => [`${String(value)}%`, name]} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="attempted" name={attemptedLabel} fill="#93c5fd" isAnimationActive={false} />
      <Bar dataKey="mastered" name={masteredLabel} fill="#1d4ed8" isAnimationActive={false} />
    </BarChart>
  );
}
